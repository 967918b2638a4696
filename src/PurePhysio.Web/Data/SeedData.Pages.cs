using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

internal static partial class SeedData
{
    private static StaticPage Page(DateTimeOffset now, string slug, string title, string summary, string body, int footerOrder = 0) => new()
    {
        Slug = slug,
        Title = title,
        Summary = summary,
        Body = body,
        IsPublished = true,
        PublishedAt = now,
        CreatedAt = now,
        UpdatedAt = now,
        ShowInFooter = footerOrder > 0,
        FooterOrder = footerOrder,
    };

    private static IEnumerable<StaticPage> Pages(DateTimeOffset now) =>
    [
        Page(now, HomePageSlug, "Physiotherapy you can trust",
            "Pure Physiotherapy: expert assessment and treatment for neck, back and joint problems. Open Monday to Saturday, 8AM to 8PM.",
            """
            Pure Physiotherapy helps people recover from pain and injury and get back to what matters to them. Our physiotherapists take time to understand your problem, explain what is going on, and build a treatment plan with you.

            Read about the conditions we treat below, or send us an appointment enquiry and we will contact you to arrange a time.
            """),
        Page(now, "about", "About us",
            "Who we are at Pure Physiotherapy and how we work with you, from the first assessment to your return to everyday life.",
            """
            Pure Physiotherapy is an independent clinic. Every patient has a thorough first assessment with a qualified, registered physiotherapist, and a plan that is reviewed as you progress.

            We see people with back and neck pain, joint and muscle injuries, nerve-related problems and recovery after surgery. Where another opinion or a scan is needed, we explain why and help arrange it.
            """),
        Page(now, "contact", "Contact us",
            "How to reach Pure Physiotherapy: opening hours, phone, email and the appointment enquiry form.",
            """
            The quickest way to book is to send an appointment enquiry: we will contact you to confirm the details. You can also phone or email us during opening hours.
            """),
        Page(now, "terms-and-conditions", "Terms and Conditions",
            "The terms on which Pure Physiotherapy provides appointments and this website.",
            """
            ## Appointments

            An enquiry sent through this website is not a booked appointment. We will contact you to confirm a date and time.

            Please give at least 24 hours' notice if you need to cancel or change an appointment, so that we can offer the time to another patient.

            ## This website

            The information on this website is general and is not a substitute for an assessment by a qualified health professional. If you are worried about your symptoms, seek medical advice.
            """, footerOrder: 1),
        Page(now, "privacy-policy", "Privacy Policy",
            "How Pure Physiotherapy collects, uses and protects your personal and health information.",
            """
            ## What we collect

            When you send an appointment enquiry we collect your name, contact details and anything you tell us about your reason for getting in touch, which may include health information. We only process health information with your explicit consent, given on the enquiry form.

            ## How we use it

            We use your enquiry only to contact you about an appointment. It is seen by clinic staff and is never sold or shared for marketing.

            ## How long we keep it

            Enquiries that do not lead to treatment are deleted automatically after 12 months. Clinical records are kept separately for as long as the law requires.

            ## Your rights

            You can ask to see, correct or delete the information we hold about you by contacting the clinic.
            """, footerOrder: 2),
        Page(now, "patient-resources", "Patient Resources",
            "Information to help you prepare for your appointment and look after yourself between sessions.",
            """
            ## Before your first appointment

            Please wear comfortable clothing that lets us see and move the area being treated, and bring a list of any medicines you take.

            ## Reliable information

            - [NHS conditions A to Z](https://www.nhs.uk/conditions/)
            - [Chartered Society of Physiotherapy](https://www.csp.org.uk/)
            """, footerOrder: 3),
        Page(now, "professionals", "Professionals",
            "Information for GPs, consultants and other professionals referring patients to Pure Physiotherapy.",
            """
            We welcome referrals from GPs, consultants and other health professionals. Please include relevant history, investigations and any red flags, and we will keep you informed of your patient's progress with their consent.
            """, footerOrder: 4),
    ];
}

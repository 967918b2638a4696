using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

internal static partial class SeedData
{
    private static Condition Article(DateTimeOffset now, string title, string slug, string summary, string introduction,
        IEnumerable<string> symptoms, string body, string urgency, params ConditionResource[] resources) => new()
    {
        Title = title,
        Slug = slug,
        Summary = summary,
        Introduction = introduction,
        Body = body,
        UrgencyNotice = urgency,
        IsPublished = true,
        PublishedAt = now,
        CreatedAt = now,
        UpdatedAt = now,
        LastReviewedOn = new DateOnly(2026, 11, 1),
        Symptoms = symptoms.Select((text, i) => new Symptom { Text = text, SortOrder = i + 1 }).ToList(),
        Resources = resources.Select((r, i) => { r.SortOrder = i + 1; return r; }).ToList(),
    };

    private static ConditionResource Nhs(string title, string url) =>
        new() { Title = title, Url = url, Publisher = "NHS" };

    private static IEnumerable<Condition> Conditions(DateTimeOffset now) =>
    [
        Article(now, CervicalMyelopathyTitle, CervicalMyelopathySlug,
            "Cervical Myelopathy is compression of the spinal cord in the neck, often first noticed as numb, clumsy hands or poor balance. It is urgent: learn the symptoms, how it is assessed and when surgery or physiotherapy helps.",
            "Cervical Myelopathy involves spinal cord compression and ischemia (lack of blood flow) to the spinal cord. This occurs at the neck, otherwise known as the cervical spine. It is considered an urgent condition as it can cause permanent damage and progressively worsening symptoms, and as such, requires prompt and accurate assessment.",
            CervicalMyelopathySymptoms,
            """
            Patients generally report the symptoms have been coming on over months, and gradually worsening.

            Cervical myelopathy typically arises due to degenerative changes in the neck which can occur in the intervertebral discs, ligaments, or bones. This can also occur via trauma.

            The prevalence of Cervical Myelopathy increases with age. It is rare to experience this prior to 40, and patients are mostly first diagnosed between 50-60 years of age.

            ## Assessment & Diagnosis

            Your Physiotherapist will carry out a clinical examination for an accurate working diagnosis to be formed. If a myelopathy is expected, an MRI (Magnetic resonance imaging) scan will be required. If this diagnosis is confirmed, a spinal Orthopaedic opinion is then required to determine whether decompression surgery is appropriate, and with what degree of urgency. This will be based on the extent and site of compression, which symptoms are present and crucially, whether the symptoms are deteriorating as well as the potential risk it could worsen if left untreated. The rate of symptom progression can vary a great deal but it is important that this is investigated thoroughly as delayed treatment can result in poorer outcomes.

            ## Treatment

            Surgery is not always the course of action. People with Myelopathy can have symptoms which are particularly mild & worsen very slowly with time, if at all. They may benefit from regular review, and Physiotherapy/medication rather than surgical intervention. Frequent re-assessment will check that you are making suitable progress and means that adjustments in your rehabilitation plan can be made.

            If surgery is required, Physiotherapy can be beneficial post-operatively. This can include working on strength, balance and coordination with a personalised and progressive rehabilitation plan.
            """,
            "If you are experiencing these symptoms, seek medical advice with urgency.",
            new ConditionResource { Title = "Degenerative cervical myelopathy", Url = BmjResourceUrl, Publisher = "The British Medical Journal" }),

        Article(now, "Sciatica", "sciatica",
            "Sciatica is pain that travels from the lower back down the leg along the sciatic nerve. Read about its symptoms, causes and how physiotherapy helps recovery.",
            "Sciatica describes pain that follows the path of the sciatic nerve, from the lower back through the buttock and down the back of the leg, sometimes as far as the foot. It is most often caused by an irritated or compressed nerve root in the lower spine, and although it can be very painful, most people improve within weeks to a few months.",
            [
                "Pain spreading from the lower back or buttock into the leg, often below the knee.",
                "Burning, shooting or electric-shock-like pain.",
                "Pins and needles or numbness in the leg or foot.",
                "Weakness in the leg or foot.",
                "Pain made worse by sitting, coughing or sneezing.",
            ],
            """
            The most common cause is a disc bulge in the lower back pressing on a nerve root. Narrowing of the spaces around the nerves (stenosis), muscle tension and pregnancy can also be involved.

            ## Assessment

            Your physiotherapist will ask about your symptoms and examine your back, your nerves' function, strength, sensation and reflexes. Scans are rarely needed unless symptoms are severe, not settling, or there are signs of nerve damage.

            ## Treatment

            Staying as active as you comfortably can helps recovery. Physiotherapy includes advice on managing pain, graded exercises to restore movement and strength, and hands-on treatment where it helps. Most people recover well without surgery.
            """,
            "Call 999 or go to A&E straight away if you have numbness around your genitals or bottom, new difficulty passing urine or controlling your bladder or bowels, or weakness in both legs: these can be signs of cauda equina syndrome.",
            Nhs("Sciatica", "https://www.nhs.uk/conditions/sciatica/")),

        Article(now, "Low Back Pain", "low-back-pain",
            "Low back pain is very common and usually improves within a few weeks. Learn what helps, when to seek advice, and how physiotherapy gets you moving again.",
            "Low back pain affects most people at some point in their lives. In the large majority of cases it is not caused by serious damage, and it usually settles within a few weeks, although it can come back. Keeping moving is one of the most helpful things you can do.",
            [
                "Aching or stiffness across the lower back.",
                "Pain that changes with movement or position.",
                "Muscle spasm or tightness.",
                "Difficulty bending, lifting or getting comfortable.",
            ],
            """
            Back pain is often linked to a strain of the muscles or ligaments, stiffness of the joints, long periods of sitting, lifting, stress and poor sleep. Often there is no single cause.

            ## Assessment

            Your physiotherapist will talk through your symptoms and daily activities and examine how your back moves, so that treatment fits your goals.

            ## Treatment

            Treatment combines reassurance and advice, exercises to build strength and confidence in movement, and hands-on techniques where they help. We also look at work and home set-up to reduce the chance of pain returning.
            """,
            "Call 999 or go to A&E straight away if back pain comes with numbness around your genitals or bottom, new problems controlling your bladder or bowels, or weakness in both legs.",
            Nhs("Back pain", "https://www.nhs.uk/conditions/back-pain/")),

        Article(now, "Frozen Shoulder", "frozen-shoulder",
            "Frozen shoulder makes the shoulder painful and stiff for months. Find out about its stages, who it affects, and how physiotherapy restores movement.",
            "Frozen shoulder (adhesive capsulitis) is a condition in which the capsule around the shoulder joint becomes inflamed and tight. The shoulder becomes painful and then increasingly stiff, and recovery can take a year or more, but most people regain good use of their arm.",
            [
                "Shoulder pain, often worse at night.",
                "Stiffness that makes it hard to reach overhead or behind the back.",
                "Difficulty with everyday tasks such as dressing.",
            ],
            """
            It is most common between the ages of 40 and 60, and more common in people with diabetes. It can follow an injury or a period of not moving the arm, but often has no clear cause.

            ## Treatment

            Physiotherapy focuses on easing pain and gradually restoring movement with exercises matched to the stage of the condition. Your physiotherapist may discuss pain relief or injections with your GP where they would help.
            """,
            "",
            Nhs("Frozen shoulder", "https://www.nhs.uk/conditions/frozen-shoulder/")),

        Article(now, "Tennis Elbow", "tennis-elbow",
            "Tennis elbow causes pain on the outside of the elbow from overuse of the forearm muscles. See the symptoms and how a graded exercise programme helps.",
            "Tennis elbow (lateral elbow tendinopathy) is pain on the outside of the elbow caused by overloading the tendons of the forearm muscles. Despite its name, most people who get it do not play tennis: repetitive gripping and lifting at work or home are common triggers.",
            [
                "Pain on the outside of the elbow.",
                "Pain when gripping, lifting or twisting, such as opening a jar.",
                "Weak grip.",
            ],
            """
            ## Treatment

            Most cases improve over time. Physiotherapy helps by adjusting the activities that aggravate it, and by a progressive strengthening programme for the forearm that lets the tendon tolerate load again.
            """,
            "",
            Nhs("Tennis elbow", "https://www.nhs.uk/conditions/tennis-elbow/")),

        Article(now, "Plantar Fasciitis", "plantar-fasciitis",
            "Plantar fasciitis causes heel pain that is often worst with the first steps in the morning. Learn what causes it and how physiotherapy helps.",
            "Plantar fasciitis (plantar heel pain) is pain under the heel where the thick band of tissue along the sole of the foot attaches. It is common in runners, people who stand for long periods, and with changes in activity or footwear.",
            [
                "Pain under the heel, often sharp with the first steps in the morning.",
                "Pain after long periods of standing or after exercise.",
                "Tenderness when pressing on the heel.",
            ],
            """
            ## Treatment

            Physiotherapy includes advice on load and footwear, stretching and strengthening of the calf and foot, and a gradual return to activity. Most people improve within months.
            """,
            "",
            Nhs("Plantar fasciitis", "https://www.nhs.uk/conditions/plantar-fasciitis/")),
    ];
}

using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

internal static partial class SeedData
{
    public const string InitialAssessmentSlug = "initial-assessment";
    public const string FreeCallSlug = "free-telephone-chat";

    /// <summary>Seeded team profiles are stand-ins, named for their role, never invented people.</summary>
    public const string PlaceholderPractitionerSlug = "senior-physiotherapist";

    public const string PlaceholderBio = """
        **This is a placeholder profile.** The clinic will replace it with a real member of the team: their name,
        registration number, qualifications and a few words about how they work.
        """;

    private static IEnumerable<Treatment> Treatments(DateTimeOffset now) =>
    [
        new()
        {
            Name = "Initial assessment", Slug = InitialAssessmentSlug, SortOrder = 0,
            Summary = "A first appointment to understand your problem, examine it and agree a plan, usually with treatment on the day.",
            WhatHappens = """
                We start by listening: how the problem began, what makes it better or worse, your general health and what you want
                to get back to. Then we examine the area, looking at movement, strength and how you use it.

                Before you leave we explain what we think is going on, agree a plan with you and usually begin treatment, for example
                hands-on therapy and a few exercises to start at home.
                """,
            WhoItSuits = "Anyone coming to the clinic for the first time, or returning with a new problem.",
            DurationMinutes = 60, PriceKind = PriceKind.Fixed, Price = 60m, PriceIsPlaceholder = true,
            VideoConsultationAvailable = true, IsPublished = true, UpdatedAt = now,
        },
        new()
        {
            Name = "Follow-up treatment", Slug = "follow-up-treatment", SortOrder = 1,
            Summary = "Treatment sessions after your assessment: hands-on therapy, exercise and advice, adjusted as you improve.",
            WhatHappens = """
                We check how you have got on since last time and reassess what has changed. The session then continues the plan
                agreed at your assessment: hands-on treatment, progressing your exercises and advice on getting back to your activities.
                """,
            WhoItSuits = "Patients who have had an initial assessment with us within the last six months for the same problem.",
            DurationMinutes = 45, PriceKind = PriceKind.Fixed, Price = 50m, PriceIsPlaceholder = true,
            VideoConsultationAvailable = true, IsPublished = true, UpdatedAt = now,
        },
        new()
        {
            Name = "Sports massage", Slug = "sports-massage", SortOrder = 2,
            Summary = "Deep massage of tight or overworked muscles, before or after an event or as part of your training.",
            WhatHappens = """
                After a short chat about your training and any aches, the therapist works on the muscles that need it using
                firm massage and stretching. Tell us at any time if the pressure is too much.
                """,
            WhoItSuits = "Runners, cyclists, gym-goers and anyone whose muscles feel tight from work or sport. It is not a substitute for an assessment of an injury.",
            DurationMinutes = 45, PriceKind = PriceKind.Fixed, Price = 45m, PriceIsPlaceholder = true,
            VideoConsultationAvailable = false, IsPublished = true, UpdatedAt = now,
        },
        new()
        {
            Name = "Acupuncture", Slug = "acupuncture", SortOrder = 3,
            Summary = "Fine needles used alongside exercise to ease pain, given by a physiotherapist trained in acupuncture.",
            WhatHappens = """
                Acupuncture is offered as part of a physiotherapy plan, never on its own. We check it is safe for you first, then place
                a small number of fine, single-use needles and leave them for up to 20 minutes.
                """,
            WhoItSuits = "Adults with long-standing muscle or joint pain who have had an assessment with us. It is not suitable for everyone, for example in early pregnancy or with some blood conditions.",
            DurationMinutes = 30, PriceKind = PriceKind.From, Price = 40m, PriceIsPlaceholder = true,
            VideoConsultationAvailable = false, IsPublished = true, UpdatedAt = now,
        },
        new()
        {
            Name = "Free telephone chat", Slug = FreeCallSlug, SortOrder = 4,
            Summary = "Fifteen minutes with a physiotherapist to find out whether we can help before you book.",
            WhatHappens = "A physiotherapist calls you at a time that suits you, listens to what is going on and tells you honestly whether physiotherapy is likely to help and what to book.",
            WhoItSuits = "Anyone unsure whether physiotherapy is right for them.",
            DurationMinutes = 15, PriceKind = PriceKind.Free, Price = null, PriceIsPlaceholder = false,
            VideoConsultationAvailable = true, IsPublished = true, UpdatedAt = now,
        },
    ];

    private static IEnumerable<Practitioner> Practitioners(DateTimeOffset now) =>
    [
        new()
        {
            Name = "Senior Physiotherapist (placeholder)", Slug = PlaceholderPractitionerSlug, Role = "Senior Physiotherapist",
            RegistrationBody = Regulator.Hcpc, RegistrationNumber = "",
            Memberships = "Chartered Society of Physiotherapy (CSP)",
            SpecialInterests = "Neck and back pain\nSpinal conditions",
            Bio = PlaceholderBio, SortOrder = 0, IsPublished = true, IsPlaceholder = true, UpdatedAt = now,
        },
        new()
        {
            Name = "Sports Massage Therapist (placeholder)", Slug = "sports-massage-therapist", Role = "Sports Massage Therapist",
            RegistrationBody = Regulator.None,
            SpecialInterests = "Sports massage",
            Bio = PlaceholderBio, SortOrder = 1, IsPublished = true, IsPlaceholder = true, UpdatedAt = now,
        },
    ];

    /// <summary>Links the seeded treatments and team to the seeded article, where staff have not changed it already.</summary>
    private static async Task LinkTeamAndTreatmentsAsync(ClinicDbContext db, DateTimeOffset now)
    {
        var condition = await db.Conditions.AsSingleQuery().Include(c => c.Treatments).Include(c => c.Practitioners)
            .FirstOrDefaultAsync(c => c.Slug == CervicalMyelopathySlug);
        if (condition is null)
        {
            return;
        }

        var treatments = await db.Treatments.Where(t => t.Slug == InitialAssessmentSlug || t.Slug == "follow-up-treatment").ToListAsync();
        var practitioner = await db.Practitioners.FirstOrDefaultAsync(p => p.Slug == PlaceholderPractitionerSlug);
        condition.Treatments.AddRange(treatments.Where(t => !condition.Treatments.Contains(t)));
        if (practitioner is not null)
        {
            if (!condition.Practitioners.Contains(practitioner))
            {
                condition.Practitioners.Add(practitioner);
            }

            if (condition.ReviewedByPractitionerId is null)
            {
                condition.ReviewedBy = practitioner;
                condition.LastReviewedOn ??= DateOnly.FromDateTime(now.UtcDateTime);
            }
        }
    }

    /// <summary>Placeholder visit details (the clinic's address is a placeholder too) so the Contact page shows its sections.</summary>
    private static async Task VisitDetailsAsync(ClinicDbContext db)
    {
        var settings = await db.ClinicSettings.OrderBy(s => s.Id).FirstOrDefaultAsync();
        if (settings is null)
        {
            return;
        }

        settings.Directions = settings.Directions.Length > 0 ? settings.Directions
            : "Placeholder: describe how to find the entrance, e.g. which side of the building and which floor.";
        settings.Parking = settings.Parking.Length > 0 ? settings.Parking
            : "Placeholder: say where patients can park and whether it is free.";
        settings.PublicTransport = settings.PublicTransport.Length > 0 ? settings.PublicTransport
            : "Placeholder: name the nearest bus stops and railway station and how long the walk is.";
        settings.AccessibilityNotes = settings.AccessibilityNotes.Length > 0 ? settings.AccessibilityNotes
            : "Placeholder: describe step-free access, accessible toilets and any help available on arrival.";
    }
}

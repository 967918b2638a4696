using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

internal static partial class SeedData
{
    /// <summary>
    /// Names patients and clinicians also use for the six seeded conditions, by slug. Written for this
    /// clinic; staff edit them on each condition.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ConditionAlternativeNames =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [CervicalMyelopathySlug] = ["Degenerative cervical myelopathy", "DCM", "Spinal cord compression in the neck", "Cervical spondylotic myelopathy"],
            ["sciatica"] = ["Lumbar radiculopathy", "Trapped nerve in the back", "Nerve pain down the leg"],
            ["low-back-pain"] = ["Lumbago", "Backache", "Lower back pain", "Non-specific low back pain"],
            ["frozen-shoulder"] = ["Adhesive capsulitis", "Stiff painful shoulder", "Shoulder capsulitis"],
            ["tennis-elbow"] = ["Lateral epicondylitis", "Lateral elbow pain", "Lateral epicondylalgia"],
            ["plantar-fasciitis"] = ["Plantar heel pain", "Policeman's heel", "Heel spur pain", "Plantar fasciopathy"],
        };

    /// <summary>
    /// The starting synonyms list: each line holds words and phrases a patient may use for the same
    /// thing. Applied to queries only, so staff changes take effect without re-indexing.
    /// </summary>
    public static readonly IReadOnlyList<string> SearchSynonyms =
    [
        "back, spine, spinal, lumbar",
        "low back pain, lower back pain, lumbago, backache, bad back",
        "neck, cervical",
        "neck pain, stiff neck, crick in the neck, cervicalgia",
        "slipped disc, herniated disc, disc prolapse, disc herniation, bulging disc",
        "trapped nerve, pinched nerve, nerve root compression, radiculopathy",
        "sciatica, sciatic nerve pain, leg nerve pain",
        "shoulder, glenohumeral",
        "frozen shoulder, adhesive capsulitis, stiff shoulder",
        "tennis elbow, lateral epicondylitis, lateral elbow pain",
        "golfers elbow, medial epicondylitis",
        "heel pain, plantar fasciitis, policemans heel, heel spur",
        "foot, feet, plantar",
        "knee, patella, kneecap",
        "hip, pelvis, groin",
        "ankle, achilles",
        "wrist, carpal",
        "pins and needles, tingling, paraesthesia",
        "numbness, loss of feeling, altered sensation",
        "weakness, weak, loss of strength",
        "clumsiness, poor coordination, dropping things",
        "dizziness, dizzy, unsteady, poor balance",
        "stiffness, stiff, tightness, tight",
        "swelling, swollen, inflammation",
        "ache, aching, pain, sore, soreness, hurts",
        "sprain, strain, pulled muscle, torn muscle",
        "arthritis, osteoarthritis, wear and tear, degeneration",
        "tendinopathy, tendinitis, tendonitis, tendon pain",
        "physiotherapy, physio, physical therapy",
        "exercise, exercises, rehab, rehabilitation",
        "whiplash, neck sprain",
        "headache, headaches, migraine",
        "spinal cord compression, myelopathy",
        "bladder, bowel, incontinence",
    ];

    private static async Task AddConditionAlternativeNamesAsync(ClinicDbContext db)
    {
        var slugs = ConditionAlternativeNames.Keys.ToList();
        var conditions = await db.Conditions.Where(c => slugs.Contains(c.Slug)).ToListAsync();

        // Staff may already have named some: theirs stand.
        foreach (var condition in conditions.Where(c => c.AlternativeNames.Length == 0))
        {
            condition.AlternativeNames = string.Join("\n", ConditionAlternativeNames[condition.Slug]);
            condition.Version++; // an editor form opened before this step must not silently drop them
        }
    }

    private static void AddSearchSynonyms(ClinicDbContext db) =>
        db.SearchSynonymGroups.AddRange(SearchSynonyms.Select(line => new SearchSynonymGroup { Terms = line }));
}

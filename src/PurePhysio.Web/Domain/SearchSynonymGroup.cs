namespace PurePhysio.Web.Domain;

/// <summary>
/// One line of the site-wide synonyms list: words and phrases that mean the same to a patient
/// ("lumbago, low back pain, backache"). A query that contains one finds the others too.
/// </summary>
public class SearchSynonymGroup
{
    public const int TermsMaxLength = 500;

    public int Id { get; set; }

    /// <summary>The equivalent words or phrases, separated by commas, as staff typed them.</summary>
    public required string Terms { get; set; }
}

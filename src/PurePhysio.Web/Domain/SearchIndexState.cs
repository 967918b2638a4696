namespace PurePhysio.Web.Domain;

/// <summary>
/// A counter bumped in the same transaction as every change to the index, the synonyms or what a
/// search shows. Each instance keeps its term dictionary and suggestions in memory and reloads them
/// when the counter it reads differs: several instances on one database stay correct.
/// </summary>
public class SearchIndexState
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Generation { get; set; }
}

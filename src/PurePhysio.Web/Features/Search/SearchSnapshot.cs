using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Search;

/// <summary>A term's occurrences in one document, per field.</summary>
internal readonly record struct TermHit(int Document, int Title, int Summary, int Body);

/// <summary>A term of the dictionary: the word forms it was indexed from (what "Did you mean" shows), commonest first, and where it occurs.</summary>
internal sealed record TermEntry(string Stem, string[] Words, TermHit[] Hits);

/// <summary>A word of a document's text: where it is, and its id in <see cref="SearchSnapshot.WordStems"/>.</summary>
internal readonly record struct DocumentToken(int Start, int Length, int Word);

/// <summary>One indexed condition or page with what a result needs from its live row: whether and when it is published, title, address.</summary>
internal sealed record SnapshotDocument(
    SearchDocumentKind Kind,
    int SourceId,
    string Title,
    string Url,
    IReadOnlyList<string> AlternativeNames,
    bool IsPublished,
    DateTimeOffset? PublishedAt,
    string Text,
    int SummaryLength,
    int BodyLength,
    IReadOnlyList<string> TopicStems)
{
    public bool IsVisible(DateTimeOffset now) => IsPublished && (PublishedAt is null || PublishedAt <= now);

    /// <summary>
    /// The words of <see cref="Text"/>, tokenised once when the snapshot is read: phrase checks and snippets
    /// then compare word ids instead of tokenising (and stemming) hundreds of words per result and query.
    /// </summary>
    public DocumentToken[] Tokens { get; init; } = [];

    /// <summary>The word ids of <see cref="Tokens"/> alone, contiguous: a phrase check is then a vectorised sequence search.</summary>
    public int[] Words { get; init; } = [];

    /// <summary>The folded words of the title and then of each alternative name, for suggestions.</summary>
    public string[][] NameWords { get; init; } = [];
}

/// <summary>
/// The whole index as one immutable in-memory read model, labelled with the <see cref="SearchIndexState"/>
/// generation it was read at. The tables stay the source of truth (in the database's transactions and
/// backups); each instance re-reads them when the generation moves, so every instance answers from
/// the same data.
/// </summary>
internal sealed class SearchSnapshot
{
    public required long Generation { get; init; }
    public required SnapshotDocument[] Documents { get; init; }
    public required Dictionary<string, TermEntry> Terms { get; init; }

    /// <summary>The dictionary's terms by length, for fuzzy lookups that only compare words of a close length.</summary>
    public required ILookup<int, TermEntry> TermsByLength { get; init; }
    public required SynonymTable Synonyms { get; init; }

    /// <summary>Every folded word of the documents' texts, by id (<see cref="DocumentToken.Word"/>).</summary>
    public required Dictionary<string, int> WordIds { get; init; }

    /// <summary>The stem of each word id.</summary>
    public required string[] WordStems { get; init; }

    /// <summary>The ids of the words (not stop words) with each stem: what a snippet highlights for a query's stem.</summary>
    public required Dictionary<string, int[]> WordsByStem { get; init; }
    public required double AverageSummaryLength { get; init; }
    public required double AverageBodyLength { get; init; }

    public static async Task<SearchSnapshot> LoadAsync(ClinicDbContext db, long generation, CancellationToken cancellationToken)
    {
        var documents = await db.SearchDocuments.AsNoTracking()
            .Select(d => new { d.Id, d.Kind, d.SourceId, d.Text, d.SummaryLength, d.BodyLength })
            .ToListAsync(cancellationToken);
        var conditions = await db.Conditions.AsNoTracking()
            .Select(c => new { c.Id, c.Title, c.Slug, c.AlternativeNames, c.IsPublished, c.PublishedAt })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var pages = await db.StaticPages.AsNoTracking()
            .Select(p => new { p.Id, p.Title, p.Slug, p.IsPublished, p.PublishedAt })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var postings = await db.SearchPostings.AsNoTracking()
            .Select(p => new { p.DocumentId, p.Field, p.Term, p.Word, p.Count })
            .ToListAsync(cancellationToken);
        var synonymLines = await db.SearchSynonymGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Terms).ToListAsync(cancellationToken);

        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordStems = new List<string>();
        DocumentToken[] Tokenize(string text)
        {
            // Not stemmed here: each distinct word is stemmed once, when it gets its id.
            var tokens = TextAnalyzer.Tokenize(text, static _ => false);
            var result = new DocumentToken[tokens.Count];
            for (var i = 0; i < result.Length; i++)
            {
                var token = tokens[i];
                if (!wordIds.TryGetValue(token.Folded, out var id))
                {
                    id = wordStems.Count;
                    wordIds.Add(token.Folded, id);
                    wordStems.Add(PorterStemmer.Stem(token.Folded));
                }

                result[i] = new DocumentToken(token.Start, token.Length, id);
            }

            return result;
        }

        static string[][] Names(string title, IReadOnlyList<string> alternatives) =>
            alternatives.Prepend(title).Select(n => TextAnalyzer.Tokenize(n, static _ => false).Select(t => t.Folded).ToArray()).ToArray();

        var index = new Dictionary<int, int>();
        var list = new List<SnapshotDocument>();
        foreach (var d in documents)
        {
            // A document whose content is gone (deleted a moment ago) is left out, as if not indexed.
            SnapshotDocument? document = null;
            if (d.Kind == SearchDocumentKind.Condition && conditions.TryGetValue(d.SourceId, out var c))
            {
                document = new SnapshotDocument(d.Kind, c.Id, c.Title, PublicPaths.Condition(c.Slug), Condition.SplitAlternativeNames(c.AlternativeNames),
                    c.IsPublished, c.PublishedAt, d.Text, d.SummaryLength, d.BodyLength, []);
            }
            else if (d.Kind == SearchDocumentKind.Page && pages.TryGetValue(d.SourceId, out var p))
            {
                document = new SnapshotDocument(d.Kind, p.Id, p.Title, PublicPaths.Page(p.Slug), [],
                    p.IsPublished, p.PublishedAt, d.Text, d.SummaryLength, d.BodyLength, []);
            }

            if (document is not null)
            {
                index[d.Id] = list.Count;
                var tokens = Tokenize(document.Text);
                list.Add(document with { Tokens = tokens, Words = Array.ConvertAll(tokens, t => t.Word), NameWords = Names(document.Title, document.AlternativeNames) });
            }
        }

        var topics = new Dictionary<int, List<string>>();
        var terms = new Dictionary<string, TermEntry>(StringComparer.Ordinal);
        foreach (var group in postings.Where(p => index.ContainsKey(p.DocumentId)).GroupBy(p => p.Term, StringComparer.Ordinal))
        {
            var hits = group.GroupBy(p => index[p.DocumentId]).Select(g => new TermHit(g.Key,
                    g.Where(p => p.Field == SearchField.Title).Sum(p => p.Count),
                    g.Where(p => p.Field == SearchField.Summary).Sum(p => p.Count),
                    g.Where(p => p.Field == SearchField.Body).Sum(p => p.Count)))
                .OrderBy(h => h.Document).ToArray();
            var words = group.Where(p => p.Word.Length > 0).GroupBy(p => p.Word, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(p => p.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
            terms[group.Key] = new TermEntry(group.Key, words.Length == 0 ? [group.Key] : words, hits);
            foreach (var hit in hits.Where(h => h.Title + h.Summary > 0))
            {
                (topics.TryGetValue(hit.Document, out var t) ? t : topics[hit.Document] = []).Add(group.Key);
            }
        }

        var array = list.Select((d, i) => topics.TryGetValue(i, out var t) ? d with { TopicStems = t } : d).ToArray();
        return new SearchSnapshot
        {
            Generation = generation,
            Documents = array,
            Terms = terms,
            TermsByLength = terms.Values.ToLookup(t => t.Stem.Length),
            Synonyms = SynonymTable.Parse(synonymLines),
            WordIds = wordIds,
            WordStems = [.. wordStems],
            WordsByStem = wordIds.Where(w => !TextAnalyzer.IsStopWord(w.Key)).GroupBy(w => wordStems[w.Value], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(w => w.Value).ToArray(), StringComparer.Ordinal),
            AverageSummaryLength = array.Length == 0 ? 1 : Math.Max(1, array.Average(d => d.SummaryLength)),
            AverageBodyLength = array.Length == 0 ? 1 : Math.Max(1, array.Average(d => d.BodyLength)),
        };
    }
}

/// <summary>
/// Holds this instance's <see cref="SearchSnapshot"/>. Each use reads the generation counter (one row by
/// key) and reloads when another instance, or this one, has changed the index, the synonyms or the content.
/// </summary>
public sealed class SearchSnapshotCache(ISiteVersion siteVersion) : IDisposable
{
    private sealed record Verified(SearchSnapshot Snapshot, long SiteVersion);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Verified? _current;

    public void Dispose() => _loading.Dispose();

    // trustSiteVersion, for what an article page shows (related conditions): skip the generation read
    // while the site version (ADR 0010) has not moved since the snapshot was last confirmed. Every save
    // of content or synonyms moves it after the index and its generation were written, so an article
    // page costs no query for this; searches always read the generation.
    internal async Task<SearchSnapshot> GetAsync(ClinicDbContext db, CancellationToken cancellationToken, bool trustSiteVersion = false)
    {
        // Read before the generation: if a save lands in between, the stamp kept is the older one and the next use checks again.
        var stamp = await siteVersion.CurrentAsync(cancellationToken);
        var current = _current;
        if (trustSiteVersion && current is not null && current.SiteVersion == stamp)
        {
            return current.Snapshot;
        }

        var generation = await SearchGeneration.ReadAsync(db, cancellationToken);
        if (current is not null && current.Snapshot.Generation == generation)
        {
            _current = current with { SiteVersion = stamp };
            return current.Snapshot;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.Snapshot.Generation == generation)
            {
                return current.Snapshot;
            }

            // The generation is read before the tables: if they move meanwhile, the label is older than the data and the next use reloads.
            var snapshot = await SearchSnapshot.LoadAsync(db, generation, cancellationToken);
            _current = new Verified(snapshot, stamp);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }
}

internal static class SearchGeneration
{
    private static readonly Func<ClinicDbContext, CancellationToken, Task<long>> Read =
        EF.CompileAsyncQuery((ClinicDbContext db, CancellationToken ct) =>
            db.SearchIndexStates.Where(s => s.Id == SearchIndexState.SingletonId).Select(s => s.Generation).FirstOrDefault());

    public static Task<long> ReadAsync(ClinicDbContext db, CancellationToken cancellationToken) => Read(db, cancellationToken);

    /// <summary>Call inside the transaction that changes what searches see.</summary>
    public static async Task BumpAsync(ClinicDbContext db, CancellationToken cancellationToken)
    {
        var updated = await db.SearchIndexStates.Where(s => s.Id == SearchIndexState.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Generation, x => x.Generation + 1), cancellationToken);
        if (updated == 0)
        {
            // First change ever on this database. Start-up creates the row (EnsureRowAsync), so this is a fallback.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO SearchIndexStates (Id, Generation) SELECT {0}, 1 WHERE NOT EXISTS (SELECT 1 FROM SearchIndexStates WHERE Id = {0})",
                [SearchIndexState.SingletonId], cancellationToken);
        }
    }

    public static async Task EnsureRowAsync(ClinicDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO SearchIndexStates (Id, Generation) SELECT {0}, 1 WHERE NOT EXISTS (SELECT 1 FROM SearchIndexStates WHERE Id = {0})",
                [SearchIndexState.SingletonId], cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // Another instance starting at the same moment inserted it first.
        }
    }
}

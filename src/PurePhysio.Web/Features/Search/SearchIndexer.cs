using System.Security.Cryptography;
using System.Text;
using Markdig;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Search;

/// <summary>
/// Keeps the search index in step with the content. Saving a <see cref="Condition"/> (or its symptoms)
/// or a <see cref="StaticPage"/> through EF Core's change tracker re-indexes it automatically
/// (<see cref="SearchIndexInterceptor"/>); call these only after changing content some other way,
/// such as <c>ExecuteUpdate</c>, raw SQL or an import.
/// </summary>
public interface ISearchIndexer
{
    Task IndexConditionAsync(int conditionId, CancellationToken cancellationToken = default);

    Task IndexPageAsync(int pageId, CancellationToken cancellationToken = default);

    Task RemoveAsync(SearchDocumentKind kind, int sourceId, CancellationToken cancellationToken = default);

    /// <summary>Re-indexes whatever changed since it was indexed and drops documents whose content is gone.</summary>
    Task<int> EnsureUpToDateAsync(CancellationToken cancellationToken = default);
}

internal sealed class SearchIndexer(ClinicDbContext db, TimeProvider time) : ISearchIndexer
{
    public Task IndexConditionAsync(int conditionId, CancellationToken cancellationToken = default) =>
        SearchIndexWriter.UpdateAsync(db, time, [conditionId], [], cancellationToken);

    public Task IndexPageAsync(int pageId, CancellationToken cancellationToken = default) =>
        SearchIndexWriter.UpdateAsync(db, time, [], [pageId], cancellationToken);

    public Task RemoveAsync(SearchDocumentKind kind, int sourceId, CancellationToken cancellationToken = default) =>
        kind == SearchDocumentKind.Condition
            ? SearchIndexWriter.UpdateAsync(db, time, [sourceId], [], cancellationToken, removeOnly: true)
            : SearchIndexWriter.UpdateAsync(db, time, [], [sourceId], cancellationToken, removeOnly: true);

    public Task<int> EnsureUpToDateAsync(CancellationToken cancellationToken = default) =>
        SearchIndexWriter.SynchronizeAllAsync(db, time, cancellationToken);
}

/// <summary>The text of one condition or page, split into the fields the index knows.</summary>
internal sealed record IndexSource(SearchDocumentKind Kind, int SourceId, string Title, string Summary, string Body, string AlternativeNames = "")
{
    public string Text => Summary.Length == 0 ? Body : Body.Length == 0 ? Summary : Summary + "\n" + Body;

    /// <summary>Other names count as the title: a patient searching "lumbago" is looking for Low Back Pain itself.</summary>
    public string TitleField => AlternativeNames.Length == 0 ? Title : Title + "\n" + AlternativeNames;

    public string Fingerprint()
    {
        var bytes = Encoding.UTF8.GetBytes($"{TextAnalyzer.Version}\u0001{Title}\u0001{Summary}\u0001{Body}\u0001{AlternativeNames}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}

/// <summary>Reads content and writes index rows on a given context (the interceptor's or a service's).</summary>
internal static class SearchIndexWriter
{
    private const int BatchSize = 50;

    private static readonly MarkdownPipeline PlainTextPipeline = new MarkdownPipelineBuilder().DisableHtml().UseEmphasisExtras().Build();

    public static async Task UpdateAsync(ClinicDbContext db, TimeProvider time, IReadOnlyCollection<int> conditionIds,
        IReadOnlyCollection<int> pageIds, CancellationToken cancellationToken, bool removeOnly = false)
    {
        if (conditionIds.Count == 0 && pageIds.Count == 0)
        {
            return;
        }

        var sources = new List<IndexSource>();
        if (!removeOnly)
        {
            sources.AddRange(await LoadConditionsAsync(db, conditionIds, cancellationToken));
            sources.AddRange(await LoadPagesAsync(db, pageIds, cancellationToken));
        }

        // Asked for but not found: deleted content leaves the index too.
        var gone = conditionIds.Where(id => !sources.Any(s => s.Kind == SearchDocumentKind.Condition && s.SourceId == id))
            .Select(id => (SearchDocumentKind.Condition, id))
            .Concat(pageIds.Where(id => !sources.Any(s => s.Kind == SearchDocumentKind.Page && s.SourceId == id))
                .Select(id => (SearchDocumentKind.Page, id)))
            .ToList();

        var keys = conditionIds.Select(id => (SearchDocumentKind.Condition, id)).Concat(pageIds.Select(id => (SearchDocumentKind.Page, id))).ToList();
        var existing = await ExistingAsync(db, keys, cancellationToken);

        // Always a new generation: a save that changes only publication, slug or title still changes what searches show.
        await WriteAsync(db, time, sources, gone, existing, bump: true, cancellationToken);
    }

    public static async Task<int> SynchronizeAllAsync(ClinicDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var sources = new List<IndexSource>();
        sources.AddRange(await LoadConditionsAsync(db, null, cancellationToken));
        sources.AddRange(await LoadPagesAsync(db, null, cancellationToken));
        var existing = await ExistingAsync(db, null, cancellationToken);

        var current = sources.Select(s => (s.Kind, s.SourceId)).ToHashSet();
        var gone = existing.Keys.Where(k => !current.Contains(k)).ToList();
        var changed = sources.Where(s => !existing.TryGetValue((s.Kind, s.SourceId), out var doc) || doc.Fingerprint != s.Fingerprint()).ToList();
        await SearchGeneration.EnsureRowAsync(db, cancellationToken);
        await WriteAsync(db, time, changed, gone, existing, bump: changed.Count + gone.Count > 0, cancellationToken);
        return changed.Count + gone.Count;
    }

    private sealed record ExistingDocument(int Id, string Fingerprint);

    private static async Task<Dictionary<(SearchDocumentKind, int), ExistingDocument>> ExistingAsync(ClinicDbContext db,
        IReadOnlyCollection<(SearchDocumentKind Kind, int Id)>? keys, CancellationToken cancellationToken)
    {
        var query = db.SearchDocuments.AsNoTracking();
        if (keys is not null)
        {
            var conditionIds = keys.Where(k => k.Kind == SearchDocumentKind.Condition).Select(k => k.Id).ToList();
            var pageIds = keys.Where(k => k.Kind == SearchDocumentKind.Page).Select(k => k.Id).ToList();
            query = query.Where(d => (d.Kind == SearchDocumentKind.Condition && conditionIds.Contains(d.SourceId))
                || (d.Kind == SearchDocumentKind.Page && pageIds.Contains(d.SourceId)));
        }

        var rows = await query.Select(d => new { d.Kind, d.SourceId, d.Id, d.Fingerprint }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.Kind, r.SourceId), r => new ExistingDocument(r.Id, r.Fingerprint));
    }

    private static async Task WriteAsync(ClinicDbContext db, TimeProvider time, List<IndexSource> sources,
        List<(SearchDocumentKind Kind, int Id)> gone, Dictionary<(SearchDocumentKind, int), ExistingDocument> existing,
        bool bump, CancellationToken cancellationToken)
    {
        // Unchanged documents are not rewritten.
        sources = sources.Where(s => !existing.TryGetValue((s.Kind, s.SourceId), out var old) || old.Fingerprint != s.Fingerprint()).ToList();
        if (sources.Count == 0 && gone.Count == 0)
        {
            if (bump)
            {
                await SearchGeneration.BumpAsync(db, cancellationToken);
            }

            return;
        }

        if (db.Database.CurrentTransaction is not null)
        {
            await WriteInTransactionAsync(db, time, sources, gone, existing, cancellationToken);
            await SearchGeneration.BumpAsync(db, cancellationToken);
            return;
        }

        // One transaction so a document never sits half-indexed; through the execution strategy so
        // SQL Server's retry-on-failure accepts it.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await WriteInTransactionAsync(db, time, sources, gone, existing, ct);
            await SearchGeneration.BumpAsync(db, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private static async Task WriteInTransactionAsync(ClinicDbContext db, TimeProvider time, List<IndexSource> sources,
        List<(SearchDocumentKind Kind, int Id)> gone, Dictionary<(SearchDocumentKind, int), ExistingDocument> existing,
        CancellationToken cancellationToken)
    {
        var goneIds = gone.Select(k => existing.TryGetValue(k, out var doc) ? doc.Id : 0).Where(id => id != 0).ToList();
        if (goneIds.Count > 0)
        {
            await db.SearchPostings.Where(p => goneIds.Contains(p.DocumentId)).ExecuteDeleteAsync(cancellationToken);
            await db.SearchDocuments.Where(d => goneIds.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var now = time.GetUtcNow();
        foreach (var batch in sources.Chunk(BatchSize))
        {
            var tracked = new List<object>();
            foreach (var source in batch)
            {
                var document = BuildDocument(source, now);
                if (existing.TryGetValue((source.Kind, source.SourceId), out var old))
                {
                    // By difference: an edit rewrites the few postings it changed, not the hundreds it did not.
                    var wanted = document.Postings.ToDictionary(p => (p.Field, p.Term));
                    document.Postings = [];
                    document.Id = old.Id;
                    db.Entry(document).State = EntityState.Modified;
                    var current = await db.SearchPostings.Where(p => p.DocumentId == old.Id).ToListAsync(cancellationToken);
                    tracked.AddRange(current);
                    foreach (var posting in current)
                    {
                        if (!wanted.Remove((posting.Field, posting.Term), out var replacement))
                        {
                            db.SearchPostings.Remove(posting);
                        }
                        else if (replacement.Count != posting.Count || replacement.Word != posting.Word)
                        {
                            posting.Count = replacement.Count;
                            posting.Word = replacement.Word;
                        }
                    }

                    foreach (var posting in wanted.Values)
                    {
                        posting.DocumentId = old.Id;
                        db.SearchPostings.Add(posting);
                        tracked.Add(posting);
                    }
                }
                else
                {
                    db.SearchDocuments.Add(document);
                    tracked.AddRange(document.Postings);
                }

                tracked.Add(document);
            }

            await db.SaveChangesAsync(cancellationToken);

            // The context may be the caller's: leave its change tracker as it was.
            foreach (var entity in tracked)
            {
                db.Entry(entity).State = EntityState.Detached;
            }
        }
    }

    private static SearchDocument BuildDocument(IndexSource source, DateTimeOffset now)
    {
        var title = Words(source.TitleField);
        var summary = Words(source.Summary);
        var body = Words(source.Body);

        var postings = new List<SearchPosting>();
        void Add(SearchField field, List<Token> terms) =>
            postings.AddRange(terms.Where(t => t.Stem.Length <= SearchPosting.TermMaxLength)
                .GroupBy(t => t.Stem, StringComparer.Ordinal)
                .Select(g => new SearchPosting
                {
                    Field = field,
                    Term = g.Key,
                    Count = g.Count(),
                    Word = g.GroupBy(t => t.Folded, StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                }));
        Add(SearchField.Title, title);
        Add(SearchField.Summary, summary);
        Add(SearchField.Body, body);

        return new SearchDocument
        {
            Kind = source.Kind,
            SourceId = source.SourceId,
            Title = source.Title.Length > SearchDocument.TitleMaxLength ? source.Title[..SearchDocument.TitleMaxLength] : source.Title,
            Text = source.Text,
            TitleLength = title.Count,
            SummaryLength = summary.Count,
            BodyLength = body.Count,
            Fingerprint = source.Fingerprint(),
            IndexedAt = now,
            Postings = postings,
        };
    }

    private static List<Token> Words(string text) => TextAnalyzer.Tokenize(text).Where(t => !TextAnalyzer.IsStopWord(t.Folded)).ToList();

    private static async Task<List<IndexSource>> LoadConditionsAsync(ClinicDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        if (ids is { Count: 0 })
        {
            return [];
        }

        var query = db.Conditions.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(c => ids.Contains(c.Id));
        }

        var rows = await query
            .Select(c => new
            {
                c.Id, c.Title, c.AlternativeNames, c.Summary, c.Introduction, c.UrgencyNotice, c.Body,
                Symptoms = c.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        // Drafts and scheduled articles are indexed too: whether a patient may see one is decided when searching.
        return rows.Select(c => new IndexSource(SearchDocumentKind.Condition, c.Id, c.Title, Collapse(c.Summary),
                Collapse(string.Join("\n", new[] { PlainText(c.Introduction) }.Concat(c.Symptoms).Append(c.UrgencyNotice).Append(PlainText(c.Body)))),
                string.Join("\n", Condition.SplitAlternativeNames(c.AlternativeNames))))
            .ToList();
    }

    private static async Task<List<IndexSource>> LoadPagesAsync(ClinicDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        if (ids is { Count: 0 })
        {
            return [];
        }

        var query = db.StaticPages.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(p => ids.Contains(p.Id));
        }

        var rows = await query.Select(p => new { p.Id, p.Title, p.Summary, p.Body }).ToListAsync(cancellationToken);
        return rows.Select(p => new IndexSource(SearchDocumentKind.Page, p.Id, p.Title, Collapse(p.Summary), Collapse(PlainText(p.Body)))).ToList();
    }

    private static string PlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, PlainTextPipeline);

    /// <summary>One space between words, one newline between blocks: what a snippet shows.</summary>
    private static string Collapse(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join("\n", lines);
    }
}

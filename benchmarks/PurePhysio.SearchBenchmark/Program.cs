using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Search;

// Site search benchmark: N generated condition articles in a temporary SQLite file, a full index
// build, then timed queries through the same SiteSearch the /search page uses.
// Usage: dotnet run -c Release --project benchmarks/PurePhysio.SearchBenchmark [-- articles [iterations]]
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var path = Path.Combine(Path.GetTempPath(), $"purephysio-search-bench-{Guid.NewGuid():N}.db");
var time = TimeProvider.System;
var interceptor = new SearchIndexInterceptor(time, NullLogger<SearchIndexInterceptor>.Instance);
var siteVersion = new LocalSiteVersion(); // one instance, as in the app without Redis
using var cache = new SearchSnapshotCache(siteVersion); // a singleton in the app: one per instance

// A save in the app also runs the site-cache interceptor (site version moved, output cache evicted by tag): include it.
await using var services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
var siteCache = new SiteCacheInterceptor(siteVersion, services.GetRequiredService<IOutputCacheStore>(), NullLogger<SiteCacheInterceptor>.Instance);

SqliteClinicDbContext NewContext(bool withInterceptor = false)
{
    var options = new DbContextOptionsBuilder<SqliteClinicDbContext>().UseSqlite($"Data Source={path}");
    if (withInterceptor)
    {
        options.AddInterceptors(interceptor, siteCache); // the order the app registers them in (AddSiteSearch, then AddClinicReadModel)
    }

    return new SqliteClinicDbContext(options.Options);
}

try
{
    await using (var db = NewContext())
    {
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await SeedData.ApplyAsync(db, time); // the real clinic content, indexed by nothing yet
    }

    var clock = Stopwatch.StartNew();
    await using (var db = NewContext())
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var batch in ArticleGenerator.Generate(articles).Chunk(100))
        {
            db.Conditions.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    var generateMs = clock.Elapsed.TotalMilliseconds;

    clock.Restart();
    int indexed;
    await using (var db = NewContext())
    {
        indexed = await new SearchIndexer(db, time).EnsureUpToDateAsync();
    }

    var buildMs = clock.Elapsed.TotalMilliseconds;

    // What every later start-up costs: all content read and fingerprinted, nothing to write.
    clock.Restart();
    await using (var db = NewContext())
    {
        await new SearchIndexer(db, time).EnsureUpToDateAsync();
    }

    var checkMs = clock.Elapsed.TotalMilliseconds;

    long postings;
    await using (var db = NewContext())
    {
        postings = await db.SearchPostings.LongCountAsync();
    }

    // What the first search after any change costs on each instance: the whole snapshot re-read.
    clock.Restart();
    await using (var db = NewContext())
    {
        await new SiteSearch(db, cache, time).SearchAsync("neck", SearchScope.Default, CancellationToken.None);
    }

    var loadMs = clock.Elapsed.TotalMilliseconds;
    Console.WriteLine($"Articles generated: {articles} in {generateMs:F0} ms; documents indexed: {indexed} ({postings} postings) in {buildMs:F0} ms; start-up check when up to date {checkMs:F0} ms; file {new FileInfo(path).Length / 1024 / 1024.0:F1} MiB");
    Console.WriteLine($"Snapshot load (first search after a change): {loadMs:F0} ms; managed heap after load {GC.GetTotalMemory(true) / 1024 / 1024.0:F1} MiB");
    // "profile <query>": run one query for a while and stop, for a profiler attached to this process (dotnet-trace).
    if (args.Length > 3 && args[2] == "profile")
    {
        var exact = args.Length > 4 && args[4] == "exact";
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await using var db = NewContext();
            await new SiteSearch(db, cache, time).SearchAsync(args[3], SearchScope.Default with { Exact = exact }, CancellationToken.None);
            runs++;
        }

        Console.WriteLine($"profiled {runs} runs of {args[3]}: {watch.Elapsed.TotalMilliseconds / runs:F2} ms each");
        return;
    }


    (string Query, string Label, SearchScope Scope)[] cases =
    [
        ("neck", "defaults", SearchScope.Default),
        ("numb hands", "defaults", SearchScope.Default),
        ("pain", "defaults (very common word)", SearchScope.Default),
        ("shoulder stiffness exercises", "defaults", SearchScope.Default),
        ("spinal cord compression", "exact phrase", SearchScope.Default with { Exact = true }),
        ("neck", "titles only", SearchScope.Default with { InContent = false }),
        ("physiotherapy", "pages only", SearchScope.Default with { InConditions = false }),
        ("zzzqqq", "no match", SearchScope.Default),
        ("sholder", "misspelt (fuzzy + did you mean)", SearchScope.Default),
        ("mylopathy", "misspelt, long word (2 edits)", SearchScope.Default),
        ("sciatia stifness", "two misspelt words", SearchScope.Default),
        ("lumbago", "alternative name + synonyms", SearchScope.Default),
        ("bad back", "synonym phrase", SearchScope.Default),
        ("\"neck pain\"", "quoted phrase, common words", SearchScope.Default),
        ("neck pain", "exact, common words", SearchScope.Default with { Exact = true }),
    ];

    // Warm-up: a running site answers from fully optimised code (tiered JIT promotes a method after 30 calls
    // and a background recompile). Without this, the first queries of the table time tier-0 code.
    var warmUp = Stopwatch.StartNew();
    var rounds = 0;
    while (warmUp.Elapsed < TimeSpan.FromSeconds(5) || rounds < 50)
    {
        foreach (var (query, _, scope) in cases)
        {
            await using var db = NewContext();
            await new SiteSearch(db, cache, time).SearchAsync(query, scope, CancellationToken.None);
        }

        foreach (var prefix in new[] { "sh", "lumb", "cervical my" })
        {
            await using var db = NewContext();
            await new SiteSearch(db, cache, time).SuggestAsync(prefix, CancellationToken.None);
        }

        rounds++;
    }

    Console.WriteLine($"Warm-up: {rounds} rounds of every query in {warmUp.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine();
    Console.WriteLine("| query | options | results | mean ms | p50 ms | p95 ms | CPU ms/query |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");

    foreach (var (query, label, scope) in cases)
    {
        var samples = new List<double>();
        var results = 0;
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < iterations + 5; i++)
        {
            await using var db = NewContext();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var found = await new SiteSearch(db, cache, time).SearchAsync(query, scope, CancellationToken.None);
            watch.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            results = found.Total;
            if (i >= 5)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds); // the first five warm up EF's query cache
                cpu += cpuUsed;
            }
        }

        samples.Sort();
        Console.WriteLine($"| {query} | {label} | {results} | {samples.Average():F2} | {Percentile(samples, 0.5):F2} | {Percentile(samples, 0.95):F2} | {cpu.TotalMilliseconds / samples.Count:F2} |");
    }

    Console.WriteLine();
    Console.WriteLine("| suggestions for | results | mean ms | p50 ms | p95 ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var prefix in new[] { "sh", "lumb", "cervical my", "kal", "zzz" })
    {
        var samples = new List<double>();
        var results = 0;
        for (var i = 0; i < iterations + 5; i++)
        {
            await using var db = NewContext();
            var watch = Stopwatch.StartNew();
            var found = await new SiteSearch(db, cache, time).SuggestAsync(prefix, CancellationToken.None);
            watch.Stop();
            results = found.Count;
            if (i >= 5)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        Console.WriteLine($"| {prefix} | {results} | {samples.Average():F2} | {Percentile(samples, 0.5):F2} | {Percentile(samples, 0.95):F2} |");
    }

    // What an editor's save costs: one condition changed through the change tracker, re-indexed by the interceptor
    // (postings written by difference, the generation bumped). The first five warm up EF.
    var saves = new List<double>();
    for (var i = 0; i < 45; i++)
    {
        await using var db = NewContext(withInterceptor: true);
        var condition = await db.Conditions.OrderBy(c => c.Id).Skip(10 + i).FirstAsync();
        condition.Body += " Updated advice about posture.";
        var watch = Stopwatch.StartNew();
        await db.SaveChangesAsync();
        if (i >= 5)
        {
            saves.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    saves.Sort();
    Console.WriteLine();
    Console.WriteLine($"Save one condition (content + re-index): mean {saves.Average():F2} ms, p50 {Percentile(saves, 0.5):F2} ms, p95 {Percentile(saves, 0.95):F2} ms, max {saves[^1]:F2} ms");
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var file in new[] { path, path + "-wal", path + "-shm" })
    {
        File.Delete(file);
    }
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

/// <summary>Deterministic articles with a realistic mix of common and rare words (Zipf-like).</summary>
internal static class ArticleGenerator
{
    private static readonly string[] Common =
    [
        "pain", "physiotherapy", "exercise", "treatment", "symptoms", "movement", "strength", "muscle", "joint",
        "recovery", "assessment", "stiffness", "swelling", "posture", "injury", "tendon", "ligament", "nerve",
        "shoulder", "knee", "hip", "ankle", "wrist", "elbow", "back", "spine", "foot", "hand", "neck",
        "weakness", "numbness", "tingling", "balance", "walking", "running", "lifting", "sitting", "sleep",
        "gradual", "sudden", "chronic", "acute", "inflammation", "rehabilitation", "manual", "therapy", "advice",
        "patients", "improve", "months", "weeks", "daily", "activity", "load", "stretching", "programme",
    ];

    private static readonly string[] Filler =
    [
        "the", "and", "of", "to", "in", "is", "with", "for", "can", "be", "your", "may", "often", "this", "that",
        "when", "after", "during", "most", "people", "helps", "over", "time", "it", "as", "are",
    ];

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ten", "dor", "vu", "sel", "ra", "pin", "co", "ther", "ax"];

    public static IEnumerable<Condition> Generate(int count)
    {
        var random = new Random(20261124);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var rare = RareWord(random);
            var title = $"{Capitalise(rare)} {Capitalise(Pick(random, Common))} syndrome {i}";
            yield return new Condition
            {
                Title = title,
                Slug = $"generated-{i}",
                Summary = Sentence(random, 24, rare),
                Introduction = Paragraph(random, 3, rare),
                Body = string.Join("\n\n", Enumerable.Range(0, 6).Select(p => (p % 2 == 0 ? "## Section\n\n" : "") + Paragraph(random, 5, rare))),
                UrgencyNotice = i % 5 == 0 ? "Seek medical advice urgently if symptoms worsen." : "",
                IsPublished = i % 10 != 0, // one in ten is a draft: the search must filter them out
                PublishedAt = now.AddDays(-1),
                CreatedAt = now,
                UpdatedAt = now,
                Symptoms = Enumerable.Range(1, 5).Select(s => new Symptom { Text = Sentence(random, 8, rare), SortOrder = s }).ToList(),
            };
        }
    }

    private static string Paragraph(Random random, int sentences, string rare) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(random, 18, rare)));

    private static string Sentence(Random random, int words, string rare)
    {
        var list = new List<string>();
        for (var w = 0; w < words; w++)
        {
            var roll = random.NextDouble();
            list.Add(roll < 0.45 ? Pick(random, Filler)
                : roll < 0.9 ? Common[(int)(Common.Length * Math.Pow(random.NextDouble(), 2))]
                : roll < 0.97 ? rare
                : RareWord(random));
        }

        return Capitalise(string.Join(' ', list)) + ".";
    }

    private static string RareWord(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Pick(random, Syllables)));

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Search;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Search;

/// <summary>The index follows the content however it changes, so search never shows stale or missing pages.</summary>
public sealed class SearchIndexMaintenanceTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task StartUpIndexesEveryConditionAndPage()
    {
        var (documents, content) = await factory.WithDbAsync(async db =>
            (await db.SearchDocuments.CountAsync(), await db.Conditions.CountAsync() + await db.StaticPages.CountAsync()));

        Assert.Equal(content, documents);
    }

    [Fact]
    public async Task EditingAConditionReindexesIt()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("edit-me", "Glorpish hip", "Ache when walking."));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        Assert.Equal(["/conditions/edit-me"], (await SearchPage.GetAsync(client, "glorpish")).ResultUrls);

        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == "edit-me");
            condition.Title = "Snarfling hip";
            condition.Body = "Ache when climbing stairs.";
            await db.SaveChangesAsync();
        });

        Assert.Empty((await SearchPage.GetAsync(client, "glorpish")).ResultUrls);
        Assert.Equal(["/conditions/edit-me"], (await SearchPage.GetAsync(client, "snarfling")).ResultUrls);
        Assert.Equal(["/conditions/edit-me"], (await SearchPage.GetAsync(client, "stairs")).ResultUrls);
    }

    [Fact]
    public async Task AddingASymptomMakesItSearchable()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("symptom-added", "Bendy wrist"));
            await db.SaveChangesAsync();
        });

        await factory.WithDbAsync(async db =>
        {
            var id = await db.Conditions.Where(c => c.Slug == "symptom-added").Select(c => c.Id).SingleAsync();
            db.Symptoms.Add(new Symptom { ConditionId = id, Text = "Crinkling when turning a key.", SortOrder = 1 });
            await db.SaveChangesAsync();
        });

        Assert.Equal(["/conditions/symptom-added"], (await SearchPage.GetAsync(factory.CreateClient(), "crinkling")).ResultUrls);
    }

    [Fact]
    public async Task IndexChangesRollBackWithTheContentTheyFollow()
    {
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Conditions.Add(SearchTestContent.Condition("rolled-back", "Sprongle knee"));
            await db.SaveChangesAsync();
            Assert.True(await db.SearchDocuments.AnyAsync(d => d.Title == "Sprongle knee"));
            await transaction.RollbackAsync();
        });

        Assert.False(await factory.WithDbAsync(db => db.SearchDocuments.AnyAsync(d => d.Title == "Sprongle knee")));
        Assert.Empty((await SearchPage.GetAsync(factory.CreateClient(), "sprongle")).ResultUrls);
    }

    [Fact]
    public async Task DeletedContentLeavesTheIndex()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("delete-me", "Plonkish toe", symptoms: ["Toe ache."]));
            db.StaticPages.Add(SearchTestContent.Page("plonkish-page", "Plonkish page", "About plonkish things."));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        Assert.Equal(2, (await SearchPage.GetAsync(client, "plonkish")).ResultUrls.Count);

        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Remove(await db.Conditions.SingleAsync(c => c.Slug == "delete-me"));
            db.StaticPages.Remove(await db.StaticPages.SingleAsync(p => p.Slug == "plonkish-page"));
            await db.SaveChangesAsync();
        });

        Assert.Empty((await SearchPage.GetAsync(client, "plonkish")).ResultUrls);
        Assert.False(await factory.WithDbAsync(db => db.SearchDocuments.AnyAsync(d => d.Title.StartsWith("Plonkish"))));
    }

    [Fact]
    public async Task ChangesMadeBehindTheChangeTrackerAreCaughtUpByTheIndexer()
    {
        await factory.WithDbAsync(async db =>
        {
            db.StaticPages.Add(SearchTestContent.Page("bulk-edited", "Bulk edited", "Before the import."));
            await db.SaveChangesAsync();
        });
        await factory.WithDbAsync(db => db.StaticPages.Where(p => p.Slug == "bulk-edited")
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Body, "After the frobnication import.")));
        var client = factory.CreateClient();
        Assert.Empty((await SearchPage.GetAsync(client, "frobnication")).ResultUrls);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<ISearchIndexer>().EnsureUpToDateAsync();
            Assert.Equal(1, changed);
        }

        Assert.Equal(["/bulk-edited"], (await SearchPage.GetAsync(client, "frobnication")).ResultUrls);
    }

    [Fact]
    public async Task AnEmptiedIndexIsRebuiltAtStartUp()
    {
        await factory.WithDbAsync(async db =>
        {
            await db.SearchPostings.ExecuteDeleteAsync();
            await db.SearchDocuments.ExecuteDeleteAsync();
        });

        await factory.Services.InitializeSearchIndexAsync();

        var page = await SearchPage.GetAsync(factory.CreateClient(), "numb hands");
        Assert.Equal("/conditions/" + SeedData.CervicalMyelopathySlug, page.ResultUrls[0]);
    }
}

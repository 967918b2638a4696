using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>One app instance of two that share a SQLite database and a Redis server.</summary>
public sealed class RedisInstanceFactory(string redis, string? sharedDataPath) : CachingAppFactory
{
    protected override IDictionary<string, string?> InstanceSettings => new Dictionary<string, string?>
    {
        ["Redis:Configuration"] = redis,
        ["Storage:DataPath"] = sharedDataPath ?? DataPath,
    };
}

/// <summary>Two instances on one database and a real Redis on 127.0.0.1 (Debian's redis-server).</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public TestRedisServer Redis { get; } = new();

    public RedisInstanceFactory First { get; private set; } = null!;

    public RedisInstanceFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        First = new RedisInstanceFactory(Redis.Configuration, null);
        // The first instance creates and seeds the database before the second starts.
        First.CreateClient().Dispose();
        Second = new RedisInstanceFactory(Redis.Configuration, First.DataPath);
        Second.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

public sealed class TwoInstancesOnRedisTests(TwoInstancesFixture instances) : IClassFixture<TwoInstancesFixture>
{
    private static async Task<HttpResponseMessage> GetAsync(CachingAppFactory instance, string url)
    {
        using var client = instance.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task APageRenderedByOneInstanceIsServedByTheOther()
    {
        using var first = await GetAsync(instances.First, "/conditions/sciatica");
        using var second = await GetAsync(instances.Second, "/conditions/sciatica");

        Assert.True(second.Headers.Age is not null, "the second instance rendered the page again");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnArticleEditedThroughOneInstanceIsWhatTheOtherServesNext()
    {
        using (await GetAsync(instances.Second, "/conditions/tennis-elbow"))
        using (await GetAsync(instances.Second, "/conditions/tennis-elbow"))
        using (await GetAsync(instances.Second, "/conditions"))
        {
        }

        await instances.First.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == "tennis-elbow");
            condition.Title = "Tennis Elbow (Lateral Epicondylalgia)";
            condition.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });

        using var article = await GetAsync(instances.Second, "/conditions/tennis-elbow");
        Assert.Equal("Tennis Elbow (Lateral Epicondylalgia)", (await Html.ParseAsync(article)).One("h1").Text());
        using var index = await GetAsync(instances.Second, "/conditions");
        Assert.Contains((await Html.ParseAsync(index)).QuerySelectorAll("main a"), a => a.Text() == "Tennis Elbow (Lateral Epicondylalgia)");
    }

    [Fact]
    public async Task ASettingsChangeThroughOneInstanceReachesTheOthersReadModel()
    {
        // The enquiry page is never output-cached: what it shows of the clinic comes from the read model alone.
        using (await GetAsync(instances.Second, "/enquiry"))
        {
        }

        await instances.First.WithDbAsync(async db =>
        {
            var settings = await db.ClinicSettings.SingleAsync();
            settings.Phone = "01632 960123";
            await db.SaveChangesAsync();
        });

        using var enquiry = await GetAsync(instances.Second, "/enquiry");
        Assert.Contains((await Html.ParseAsync(enquiry)).QuerySelectorAll("footer a[href^='tel:']"), a => a.Text() == "01632 960123");
        using var home = await GetAsync(instances.Second, "/");
        Assert.Contains((await Html.ParseAsync(home)).QuerySelectorAll("footer a[href^='tel:']"), a => a.Text() == "01632 960123");
    }
}

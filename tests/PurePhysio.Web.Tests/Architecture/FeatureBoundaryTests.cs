using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Tests.Architecture;

/// <summary>
/// The boundaries of docs/architecture.md, kept by the build's tests. The rules are written by namespace
/// pattern, so a new feature folder is covered the day it is added.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private const string App = "PurePhysio.Web";
    private const string Features = App + ".Features";
    private const string Admin = Features + ".Admin";

    /// <summary>What every admin feature may use from the admin area besides itself.</summary>
    private static readonly string[] SharedAdminNamespaces = [Admin + ".Content", Admin + ".Audit", Admin + ".Shared"];

    private static readonly string[] DatabaseContexts =
        [typeof(ClinicDbContext).FullName!, typeof(SqliteClinicDbContext).FullName!, typeof(SqlServerClinicDbContext).FullName!];

    private static Types AppTypes => Types.InAssembly(typeof(Program).Assembly);

    private static void AssertKept(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}. Breaking it: {string.Join(", ", result.FailingTypeNames ?? [])}");

    [Fact]
    public void ThePublicSiteNeverDependsOnTheAdminArea()
    {
        var result = AppTypes.That().ResideInNamespace(App)
            .And().DoNotResideInNamespace(Admin)
            // The composition root wires the admin area in; nothing else outside it may know it exists.
            .And().DoNotHaveName(nameof(Program)).And().DoNotHaveNameStartingWith("<")
            .ShouldNot().HaveDependencyOn(Admin)
            .GetResult();
        AssertKept(result, "Only the admin area (and Program) may use PurePhysio.Web.Features.Admin");
    }

    [Fact]
    public void NoControllerTouchesTheDatabaseContext()
    {
        var result = AppTypes.That().Inherit(typeof(ControllerBase)).ShouldNot().HaveDependencyOnAny(DatabaseContexts).GetResult();
        AssertKept(result, "Controllers bind, call a handler and pick a result; queries and commands live in the feature's handlers");
    }

    [Fact]
    public void NoViewComponentQueriesTheDatabaseWhileAPageRenders()
    {
        var result = AppTypes.That().Inherit(typeof(ViewComponent)).ShouldNot().HaveDependencyOnAny(DatabaseContexts).GetResult();
        AssertKept(result, "View components show what the page's handler or the clinic's read model already loaded; a query belongs in a handler");
    }

    [Fact]
    public void AnAdminFeatureUsesNoOtherAdminFeature()
    {
        var features = AdminFeatureNamespaces();
        Assert.NotEmpty(features);
        var failures = new List<string>();
        foreach (var feature in features)
        {
            var others = features.Where(f => f != feature).ToArray();
            var result = AppTypes.That().ResideInNamespace(feature).ShouldNot().HaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful)
            {
                failures.Add($"{feature}: {string.Join(", ", result.FailingTypeNames ?? [])}");
            }
        }

        Assert.True(failures.Count == 0, "Admin features share only Admin.Content, Admin.Audit and the admin root. " + string.Join("; ", failures));
    }

    [Fact]
    public void NoTwoPublicFeaturesDependOnEachOther()
    {
        // A pair that uses each other is one feature in two folders: a change to either can break the other.
        // (The admin area never is one of a pair: the public site does not know it; admin features keep the rule above.)
        var features = AppTypes.That().ResideInNamespace(Features).GetTypes()
            .Select(t => FeatureOf(t.Namespace!, Features)).Where(f => f is not null && f != Admin).Cast<string>().Distinct().ToList();
        Assert.NotEmpty(features);
        var uses = features.ToDictionary(f => f, f => features.Where(other => other != f
            && !AppTypes.That().ResideInNamespace(f).ShouldNot().HaveDependencyOn(other).GetResult().IsSuccessful).ToHashSet());
        var cycles = uses.SelectMany(u => u.Value.Where(other => uses[other].Contains(u.Key) && string.CompareOrdinal(u.Key, other) < 0)
            .Select(other => $"{u.Key[(Features.Length + 1)..]} <-> {other[(Features.Length + 1)..]}")).ToList();
        Assert.True(cycles.Count == 0, "Features that depend on each other: " + string.Join("; ", cycles));
    }

    [Fact]
    public void TheDomainKnowsNoFeatureNorTheWeb()
    {
        var result = AppTypes.That().ResideInNamespace(App + ".Domain")
            .ShouldNot().HaveDependencyOnAny(Features, App + ".Data", App + ".Infrastructure", "Microsoft.AspNetCore.Mvc")
            .GetResult();
        AssertKept(result, "Domain holds entities only");
    }

    private static List<string> AdminFeatureNamespaces() =>
        AppTypes.That().ResideInNamespace(Admin).GetTypes()
            .Select(t => FeatureOf(t.Namespace!, Admin)).Where(f => f is not null).Cast<string>()
            .Distinct().Where(f => !SharedAdminNamespaces.Contains(f)).ToList();

    /// <summary>"A.B.Features.Conditions.X" under "A.B.Features" is "A.B.Features.Conditions"; the root itself is no feature.</summary>
    private static string? FeatureOf(string ns, string root)
    {
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return root + "." + (dot < 0 ? rest : rest[..dot]);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PurePhysio.Web.Data;
using PurePhysio.Web.Data.CompiledModels.Sqlite;
using PurePhysio.Web.Data.CompiledModels.SqlServer;

namespace PurePhysio.Web.Tests.Data;

/// <summary>
/// The site runs on compiled models (Data/CompiledModels) instead of building the model from the configurations
/// at start-up. A configuration change without a new compiled model would make the site disagree with its own
/// migrations, so these compare the compiled model with the model the configurations build, entity by entity.
/// </summary>
public sealed class CompiledModelTests
{
    private static string Regenerate(string context, string folder) =>
        $"The compiled model is out of date: run dotnet ef dbcontext optimize --project src/PurePhysio.Web --context {context} " +
        $"--output-dir Data/CompiledModels/{folder} --namespace PurePhysio.Web.Data.CompiledModels.{folder}";

    [Fact]
    public void SqliteCompiledModelIsTheModelTheConfigurationsBuild()
    {
        using var configured = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var compiled = new SqliteClinicDbContext(new DbContextOptionsBuilder<SqliteClinicDbContext>()
            .UseSqlite(SqliteDesignTimeFactory.ConnectionString).UseModel(SqliteClinicDbContextModel.Instance).Options);

        AssertSameModel(configured, compiled, Regenerate(nameof(SqliteClinicDbContext), "Sqlite"));
    }

    [Fact]
    public void SqlServerCompiledModelIsTheModelTheConfigurationsBuild()
    {
        using var configured = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var compiled = new SqlServerClinicDbContext(new DbContextOptionsBuilder<SqlServerClinicDbContext>()
            .UseSqlServer(SqlServerDesignTimeFactory.ConnectionString).UseModel(SqlServerClinicDbContextModel.Instance).Options);

        AssertSameModel(configured, compiled, Regenerate(nameof(SqlServerClinicDbContext), "SqlServer"));
    }

    private static void AssertSameModel(DbContext configured, DbContext compiled, string message)
    {
        var built = configured.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(built, compiled.Model);

        // The migrations model differ cannot read a compiled model, so both are described line by line: tables,
        // columns and their store types, keys, indexes, foreign keys, CLR types, conversions, navigations and filters.
        var expected = Describe(built);
        var actual = Describe(compiled.Model);
        Assert.True(expected.SequenceEqual(actual), message + Environment.NewLine +
            string.Join(Environment.NewLine, expected.Except(actual).Select(l => "missing: " + l).Concat(actual.Except(expected).Select(l => "stale: " + l))));
    }

    private static List<string> Describe(IModel model) =>
        [.. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity => (IEnumerable<string>)
        [
            $"{entity.Name} table={entity.GetTableName()} base={entity.BaseType?.Name} filters={entity.GetDeclaredQueryFilters().Count}",
            .. entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name}: {p.ClrType.Name} column={p.GetColumnName()} {p.GetRelationalTypeMapping().StoreType} " +
                $"null={p.IsNullable} max={p.GetMaxLength()} converter={p.GetTypeMapping().Converter?.GetType().Name} " +
                $"concurrency={p.IsConcurrencyToken} generated={p.ValueGenerated}"),
            .. entity.GetKeys().Select(k => $"{entity.Name} key {Columns(k.Properties)} primary={k.IsPrimaryKey()}"),
            .. entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} {Columns(i.Properties)} unique={i.IsUnique} filter={i.GetFilter()}"),
            .. entity.GetForeignKeys().Select(f =>
                $"{entity.Name} foreign key {Columns(f.Properties)} -> {f.PrincipalEntityType.Name} required={f.IsRequired} delete={f.DeleteBehavior}"),
            .. entity.GetNavigations().Select(n =>
                $"{entity.Name}.{n.Name} -> {n.TargetEntityType.Name} collection={n.IsCollection} delete={n.ForeignKey.DeleteBehavior}"),
            .. entity.GetSkipNavigations().Select(n => $"{entity.Name}.{n.Name} =>> {n.TargetEntityType.Name}"),
        ])];

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurePhysio.Web.Data;

// Used by dotnet-ef to build each provider's model (migrations add, dbcontext optimize) and by CompiledModelTests;
// no database is opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClinicDbContext>
{
    public const string ConnectionString = "Data Source=design-time.db";

    public SqliteClinicDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClinicDbContext>().UseSqlite(ConnectionString).Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerClinicDbContext>
{
    public const string ConnectionString = "Server=(design-time);Database=PurePhysio";

    public SqlServerClinicDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerClinicDbContext>().UseSqlServer(ConnectionString).Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PurePhysio.Web.Data;

// Used only by dotnet-ef to build each provider's model when adding migrations; no database is opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClinicDbContext>
{
    public SqliteClinicDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClinicDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerClinicDbContext>
{
    public SqlServerClinicDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerClinicDbContext>().UseSqlServer("Server=(design-time);Database=PurePhysio").Options);
}

using Microsoft.EntityFrameworkCore;
using PurePhysio.StackFloor;

// Usage: PurePhysio.StackFloor <database file> (and ASPNETCORE_URLS). Serves /conditions/{slug}.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddDbContext<FloorDb>(o => o.UseSqlite($"Data Source={args[0]}"));
builder.Services.AddControllersWithViews();
var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<FloorDb>();
    db.Database.EnsureCreated();
    if (!db.Articles.Any())
    {
        db.Articles.Add(new Article { Slug = "cervical-myelopathy", Title = "Cervical Myelopathy", Body = "A condition of the spinal cord in the neck." });
        db.SaveChanges();
    }
}

app.MapControllers();
app.Run();

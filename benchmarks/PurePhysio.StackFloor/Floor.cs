using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace PurePhysio.StackFloor;

public sealed class FloorDb(DbContextOptions<FloorDb> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
}

public sealed class Article
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";
}

public sealed class FloorController(FloorDb db) : Controller
{
    [HttpGet("/conditions/{slug}")]
    public async Task<IActionResult> Show(string slug) =>
        await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug) is { } article ? View(article) : NotFound();
}

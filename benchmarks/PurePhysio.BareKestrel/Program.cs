// The baseline of the page benchmark (benchmarks/pages.sh): Kestrel alone, answering every request
// with the exact bytes and headers the site served for the page under test, so that the ratio
// site/bare measures what the site adds on this machine, not the machine.
// Usage: PurePhysio.BareKestrel <body file> <headers file> (listens where ASPNETCORE_URLS says).
// The headers file holds "Name: value" lines as curl -D wrote them; Date and framing headers are Kestrel's.
using Microsoft.Extensions.Primitives;

var body = await File.ReadAllBytesAsync(args[0]);
string[] skipped = ["date", "content-length", "transfer-encoding", "server", "age", "connection"];
var headers = (await File.ReadAllLinesAsync(args[1]))
    .Select(line => line.Split(':', 2))
    .Where(parts => parts.Length == 2 && !skipped.Contains(parts[0].Trim().ToLowerInvariant()))
    .Select(parts => (Name: parts[0].Trim(), Value: parts[1].Trim()))
    .ToArray();

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore();
var app = builder.Build();
app.Run(context =>
{
    foreach (var (name, value) in headers)
    {
        context.Response.Headers[name] = new StringValues(value);
    }

    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
await app.RunAsync();

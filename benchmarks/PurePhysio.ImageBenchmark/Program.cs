using System.Diagnostics;
using System.Globalization;
using ImageMagick;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;
using SkiaSharp;

// Image library benchmark for ADR 0012: one 12-megapixel JPEG (4000 x 3000, generated here) to the
// media library's five widths in WebP and JPEG, per candidate library, in its own process so that
// peak memory (VmHWM) belongs to that library alone. AVIF is timed separately at one width.
// Usage: dotnet run -c Release --project benchmarks/PurePhysio.ImageBenchmark -- <generate|netvips|skia|imagesharp|magick> [iterations]
var mode = args.Length > 0 ? args[0] : "generate";
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var source = Path.Combine(Path.GetTempPath(), "purephysio-image-bench-12mp.jpg");
int[] widths = [320, 640, 960, 1280, 1920];

if (mode == "generate")
{
    // A photo-like source: smooth gradients plus noise, so encoders cannot cheat on flat colour.
    using var noise = NetVips.Image.Gaussnoise(4000, 3000, mean: 128, sigma: 40);
    using var x = NetVips.Image.Xyz(4000, 3000);
    using var gradient = (x[0] / 16) + (x[1] / 12);
    using var red = noise * 0.5 + gradient * 0.5;
    using var rgb = red.Bandjoin(gradient, noise).Cast(NetVips.Enums.BandFormat.Uchar);
    rgb.Jpegsave(source, q: 90);
    Console.WriteLine($"{source}: {new FileInfo(source).Length / 1024} KiB");
    return;
}

var bytes = File.ReadAllBytes(source);
Action run = mode switch
{
    "baseline" => () => GC.KeepAlive(bytes), // the process with the file read and nothing else: the floor under every peak
    "netvips" => () => NetVipsRun(bytes, widths),
    "skia" => () => SkiaRun(bytes, widths),
    "imagesharp" => () => ImageSharpRun(bytes, widths),
    "magick" => () => MagickRun(bytes, widths),
    "netvips-avif" => () => NetVipsAvif(bytes),
    "magick-avif" => () => MagickAvif(bytes),
    _ => throw new ArgumentException($"unknown mode {mode}"),
};

run(); // warm-up: loads native libraries, JIT
var times = new List<double>();
for (var i = 0; i < iterations; i++)
{
    var watch = Stopwatch.StartNew();
    run();
    times.Add(watch.Elapsed.TotalMilliseconds);
}

times.Sort();
var peak = File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{mode}: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms over {iterations} runs; peak {peak.Split(':')[1].Trim()}; managed after run {GC.GetTotalMemory(false) / 1048576} MiB"));

static void NetVipsRun(byte[] bytes, int[] widths)
{
    NetVips.Cache.Max = 0;
    foreach (var width in widths)
    {
        // thumbnail_buffer shrinks on load (JPEG DCT scaling), the idiomatic libvips resize.
        using var thumbnail = NetVips.Image.ThumbnailBuffer(bytes, width, noRotate: false);
        using var image = thumbnail.CopyMemory(); // two encodes read it twice; the resized image is small
        _ = image.WebpsaveBuffer(q: 80, keep: NetVips.Enums.ForeignKeep.None);
        _ = image.JpegsaveBuffer(q: 82, keep: NetVips.Enums.ForeignKeep.None, optimizeCoding: true);
    }
}

static void NetVipsAvif(byte[] bytes)
{
    using var image = NetVips.Image.ThumbnailBuffer(bytes, 1280);
    _ = image.HeifsaveBuffer(q: 55, compression: NetVips.Enums.ForeignHeifCompression.Av1, effort: 2, keep: NetVips.Enums.ForeignKeep.None);
}

static void SkiaRun(byte[] bytes, int[] widths)
{
    using var original = SKBitmap.Decode(bytes);
    foreach (var width in widths)
    {
        var height = (int)Math.Round(original.Height * (double)width / original.Width);
        using var resized = original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 80);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 82);
    }
}

static void ImageSharpRun(byte[] bytes, int[] widths)
{
    using var original = SixLabors.ImageSharp.Image.Load(bytes);
    foreach (var width in widths)
    {
        using var resized = original.Clone(c => c.Resize(width, 0));
        using var webp = new MemoryStream();
        resized.Save(webp, new WebpEncoder { Quality = 80 });
        using var jpeg = new MemoryStream();
        resized.Save(jpeg, new JpegEncoder { Quality = 82 });
    }
}

static void MagickRun(byte[] bytes, int[] widths)
{
    using var original = new MagickImage(bytes);
    foreach (var width in widths)
    {
        using var resized = original.Clone();
        resized.Resize((uint)width, 0);
        resized.Strip();
        resized.Quality = 80;
        _ = resized.ToByteArray(MagickFormat.WebP);
        resized.Quality = 82;
        _ = resized.ToByteArray(MagickFormat.Jpeg);
    }
}

static void MagickAvif(byte[] bytes)
{
    using var image = new MagickImage(bytes);
    image.Resize(1280, 0);
    image.Quality = 55;
    _ = image.ToByteArray(MagickFormat.Avif);
}

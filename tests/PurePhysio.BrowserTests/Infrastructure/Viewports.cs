namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>The two window sizes every journey and gate runs at.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Phone = new("phone", 375, 812);
    public static readonly Viewport Desktop = new("desktop", 1280, 800);

    public static IEnumerable<Viewport> Both => [Phone, Desktop];

    public static Viewport Named(string name) => Both.Single(v => v.Name == name);

    public override string ToString() => $"{Name} {Width}px";
}

using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PurePhysio.Web.Features.Admin.Content;

public enum DiffLineKind
{
    Unchanged,
    Inserted,
    Deleted,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

/// <summary>A line diff of two revisions' readable text (views render it encoded, with ins/del).</summary>
internal static class RevisionDiff
{
    private static readonly InlineDiffBuilder Builder = new(new Differ());

    public static IReadOnlyList<DiffLine> Lines(string oldText, string newText) =>
        Builder.BuildDiffModel(oldText, newText, ignoreWhitespace: false).Lines
            .Select(l => new DiffLine(
                l.Type switch
                {
                    ChangeType.Inserted => DiffLineKind.Inserted,
                    ChangeType.Deleted => DiffLineKind.Deleted,
                    _ => DiffLineKind.Unchanged,
                },
                l.Text ?? ""))
            .ToList();
}

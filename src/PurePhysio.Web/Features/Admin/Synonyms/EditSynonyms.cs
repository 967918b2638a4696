using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Search;

namespace PurePhysio.Web.Features.Admin.Synonyms;

/// <summary>The synonyms list as staff see and type it: one group of equivalent words or phrases per line, separated by commas.</summary>
public sealed class EditSynonymsViewModel
{
    public const int MaxLines = 500;

    [Display(Name = "Synonyms (one group per line, words or phrases separated by commas)")]
    [StringLength(MaxLines * SearchSynonymGroup.TermsMaxLength)]
    public string? Text { get; set; }
}

public abstract record EditSynonymsResult
{
    public sealed record Saved(int Groups) : EditSynonymsResult;

    public sealed record Invalid(IReadOnlyList<(string Field, string Message)> Errors) : EditSynonymsResult;
}

/// <summary>Reads and replaces the site search's synonyms list. Saving makes every instance's searches use it at once.</summary>
public sealed class EditSynonyms(ClinicDbContext db, AuditLog audit)
{
    public async Task<EditSynonymsViewModel> QueryAsync(CancellationToken cancellationToken)
    {
        var lines = await db.SearchSynonymGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Terms).ToListAsync(cancellationToken);
        return new EditSynonymsViewModel { Text = string.Join('\n', lines) };
    }

    public async Task<EditSynonymsResult> HandleAsync(EditSynonymsViewModel command, CancellationToken cancellationToken)
    {
        var lines = SearchQuery.Clean((command.Text ?? "").Replace("\r", "", StringComparison.Ordinal).Replace('\n', '\u2028'))
            .Split('\u2028', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var errors = Validate(lines);
        if (errors.Count > 0)
        {
            return new EditSynonymsResult.Invalid(errors);
        }

        // Normalised as stored: single spaces, ", " between entries.
        var groups = lines.Select(line => string.Join(", ", line.Split(SynonymTable.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => string.Join(' ', entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)))))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SearchSynonymGroups.ExecuteDeleteAsync(ct);
            db.SearchSynonymGroups.AddRange(groups.Select(g => new SearchSynonymGroup { Terms = g }));
            audit.Add(AuditActions.SynonymsUpdated, "Search synonyms", $"{groups.Count} groups");
            await db.SaveChangesAsync(ct);
            await SearchGeneration.BumpAsync(db, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return new EditSynonymsResult.Saved(groups.Count);
    }

    private static List<(string Field, string Message)> Validate(string[] lines)
    {
        var errors = new List<(string, string)>();
        if (lines.Length > EditSynonymsViewModel.MaxLines)
        {
            errors.Add((nameof(EditSynonymsViewModel.Text), $"Keep the list to {EditSynonymsViewModel.MaxLines} lines or fewer."));
        }

        for (var i = 0; i < lines.Length && errors.Count < 5; i++)
        {
            if (lines[i].Length > SearchSynonymGroup.TermsMaxLength)
            {
                errors.Add((nameof(EditSynonymsViewModel.Text), $"Line {i + 1} is longer than {SearchSynonymGroup.TermsMaxLength} characters: split it into smaller groups."));
            }
            else if (SynonymTable.ParseLine(lines[i]).Count < 2)
            {
                errors.Add((nameof(EditSynonymsViewModel.Text), $"Line {i + 1} (“{lines[i]}”) needs at least two different words or phrases, separated by commas."));
            }
        }

        return errors;
    }
}

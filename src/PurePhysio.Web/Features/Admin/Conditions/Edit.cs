using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>Creating, editing and previewing a condition article: the form, all of its validation, and the handler.</summary>
public static class EditCondition
{
    /// <summary>The edit form (the view's model and what a post binds).</summary>
    public sealed class Command : EditContentViewModel
    {
        [Required(ErrorMessage = "Enter a title.")]
        [StringLength(Condition.TitleMaxLength, ErrorMessage = "Keep the title under {1} characters.")]
        public string Title { get; set; } = "";

        [Display(Name = "Web address (slug)")]
        public string Slug { get; set; } = "";

        [Required(ErrorMessage = "Enter a summary: it is shown on the conditions list and in search results.")]
        [StringLength(Condition.SummaryMaxLength, ErrorMessage = "Keep the summary under {1} characters.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Introduction (Markdown)")]
        public string? Introduction { get; set; }

        [Display(Name = "Symptoms (one per line)")]
        public string? Symptoms { get; set; }

        [Display(Name = "Main text (Markdown)")]
        public string? Body { get; set; }

        [StringLength(Condition.AlternativeNamesMaxLength, ErrorMessage = "Keep the other names under {1} characters in all.")]
        [Display(Name = "Also known as (optional, one name per line)")]
        public string? AlternativeNames { get; set; }

        [StringLength(Condition.UrgencyNoticeMaxLength, ErrorMessage = "Keep the urgency notice under {1} characters.")]
        [Display(Name = "Urgency notice (optional)")]
        public string? UrgencyNotice { get; set; }

        [Display(Name = "Further reading (one per line: title | https://address | publisher)")]
        public string? Resources { get; set; }

        [Range(1, 60, ErrorMessage = "Enter a number of months from 1 to 60, or leave it empty for 12.")]
        [Display(Name = "Clinical review every (months, optional)")]
        public int? ReviewIntervalMonths { get; set; }
    }

    public sealed class Handler(
        ContentEditor<Condition, ConditionSnapshot> editor, ReviewerChoices reviewers, MediaReferenceCheck images, MediaLookup media, TimeProvider time)
    {
        public Task<Command> NewAsync(CancellationToken cancellationToken) => editor.NewFormAsync<Command>(cancellationToken);

        public Task<Command?> LoadAsync(int id, CancellationToken cancellationToken) => editor.LoadFormAsync(id, ToForm, cancellationToken);

        /// <summary>Validates the form and saves it (<paramref name="id"/> null for a new article).</summary>
        public async Task<EditResult<Command>> SaveAsync(int? id, Command form, ModelStateDictionary errors, CancellationToken cancellationToken) =>
            await editor.SaveFormAsync(id, form, await ValidateAsync(id, form, errors, cancellationToken), errors, cancellationToken);

        /// <summary>The public page's model from the unsaved form, or null when the form has problems.</summary>
        public async Task<ConditionDetailsViewModel?> PreviewAsync(Command form, ModelStateDictionary errors, CancellationToken cancellationToken)
        {
            var content = await ValidateAsync(form.Id, form, errors, cancellationToken);
            if (!errors.IsValid)
            {
                await editor.DescribeAsync(form, cancellationToken);
                return null;
            }

            return await PreviewOfAsync(content, cancellationToken);
        }

        /// <summary>The public page's model of stored or submitted content.</summary>
        public async Task<ConditionDetailsViewModel> PreviewOfAsync(ConditionSnapshot content, CancellationToken cancellationToken) =>
            new(content.Title, content.Slug, content.Summary, content.Introduction, content.Symptoms, content.Body, content.UrgencyNotice,
                content.Resources.Select(r => new ConditionResourceViewModel(r.Title, r.Url, r.Publisher)).ToList(),
                content.LastReviewedOn, time.GetUtcNow())
            {
                AlternativeNamesText = content.AlternativeNames,
                Images = await media.ForPageAsync(content.ImageId, cancellationToken, content.Introduction, content.Body),
            };

        private static Command ToForm(ConditionSnapshot s) => new()
        {
            Title = s.Title,
            Slug = s.Slug,
            Summary = s.Summary,
            Introduction = s.Introduction,
            Symptoms = string.Join('\n', s.Symptoms),
            Body = s.Body,
            UrgencyNotice = s.UrgencyNotice,
            AlternativeNames = s.AlternativeNames,
            Resources = string.Join('\n', s.Resources.Select(r => string.IsNullOrEmpty(r.Publisher) ? $"{r.Title} | {r.Url}" : $"{r.Title} | {r.Url} | {r.Publisher}")),
            ImageId = s.ImageId,
            ReviewIntervalMonths = s.ReviewIntervalMonths,
        };

        /// <summary>
        /// The checks that need the database: the picture and the images in the text are library images that are
        /// described; then every other check (<see cref="Validate"/>). The clinical review is kept as stored.
        /// </summary>
        private async Task<ConditionSnapshot> ValidateAsync(int? id, Command form, ModelStateDictionary errors, CancellationToken cancellationToken)
        {
            var (reviewedOn, reviewer) = await reviewers.StoredReviewAsync(id, cancellationToken);
            var content = Validate(form, errors) with { LastReviewedOn = reviewedOn, ReviewedByPractitionerId = reviewer };
            await images.CheckAsync(content.ImageId, nameof(form.ImageId), nameof(form.Body), errors, cancellationToken, content.Introduction, content.Body);
            return content;
        }

        /// <summary>
        /// Every check of the form beyond its annotations (the publishing fields are checked by the shared
        /// editor); problems go into <paramref name="errors"/> against their fields.
        /// </summary>
        public static ConditionSnapshot Validate(Command form, ModelStateDictionary errors)
        {
            var slug = (form.Slug ?? "").Trim();
            if (SlugRules.Problem(slug, Condition.SlugMaxLength) is { } slugProblem)
            {
                errors.AddModelError(nameof(form.Slug), slugProblem);
            }

            var symptoms = ContentFormText.Lines(form.Symptoms);
            if (symptoms.Any(s => s.Length > Symptom.TextMaxLength))
            {
                errors.AddModelError(nameof(form.Symptoms), $"Each symptom must be {Symptom.TextMaxLength} characters or fewer.");
            }

            var resources = new List<ResourceSnapshot>();
            var lines = ContentFormText.Lines(form.Resources);
            for (var i = 0; i < lines.Length; i++)
            {
                var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
                if (parts.Length is < 2 or > 3 || parts[0].Length == 0)
                {
                    errors.AddModelError(nameof(form.Resources), $"Further reading line {i + 1}: write title | https://address | publisher.");
                    continue;
                }

                // Only absolute http(s) links: the public page puts this address in an href.
                if (!Uri.TryCreate(parts[1], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
                    || parts[1].Length > ConditionResource.UrlMaxLength || parts[0].Length > ConditionResource.TitleMaxLength)
                {
                    errors.AddModelError(nameof(form.Resources), $"Further reading line {i + 1}: the address must start with https:// (or http://).");
                    continue;
                }

                resources.Add(new ResourceSnapshot(parts[0], url.AbsoluteUri, parts.Length == 3 ? parts[2] : ""));
            }

            return new ConditionSnapshot((form.Title ?? "").Trim(), slug, (form.Summary ?? "").Trim(), form.Introduction ?? "", symptoms,
                form.Body ?? "", (form.UrgencyNotice ?? "").Trim(), resources, LastReviewedOn: null)
            {
                AlternativeNames = string.Join('\n', Condition.SplitAlternativeNames((form.AlternativeNames ?? "").Replace("\r", "", StringComparison.Ordinal))),
                ImageId = form.ImageId,
                ReviewIntervalMonths = form.ReviewIntervalMonths,
            };
        }
    }
}

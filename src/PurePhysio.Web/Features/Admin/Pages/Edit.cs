using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Features.Pages;

namespace PurePhysio.Web.Features.Admin.Pages;

/// <summary>Creating, editing and previewing a page: the form, all of its validation, and the handler.</summary>
public static class EditPage
{
    /// <summary>The edit form (the view's model and what a post binds).</summary>
    public sealed class Command : EditContentViewModel
    {
        [Required(ErrorMessage = "Enter a title.")]
        [StringLength(StaticPage.TitleMaxLength, ErrorMessage = "Keep the title under {1} characters.")]
        public string Title { get; set; } = "";

        [Display(Name = "Web address (slug)")]
        public string Slug { get; set; } = "";

        /// <summary>The slug when the form was opened (the home page's slug cannot change).</summary>
        public string? OriginalSlug { get; set; }

        [Required(ErrorMessage = "Enter a summary: it is used by search engines and the site search.")]
        [StringLength(StaticPage.SummaryMaxLength, ErrorMessage = "Keep the summary under {1} characters.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Text (Markdown)")]
        public string? Body { get; set; }

        [Display(Name = "Link to it in the footer")]
        public bool ShowInFooter { get; set; }

        [Range(0, 999, ErrorMessage = "Enter a footer position from 0 to 999.")]
        [Display(Name = "Footer position (lower comes first)")]
        public int FooterOrder { get; set; }
    }

    public sealed class Handler(ContentEditor<StaticPage, PageSnapshot> editor, MediaReferenceCheck images, MediaLookup media, TimeProvider time)
    {
        public Task<Command> NewAsync(CancellationToken cancellationToken) => editor.NewFormAsync<Command>(cancellationToken);

        public Task<Command?> LoadAsync(int id, CancellationToken cancellationToken) => editor.LoadFormAsync(id, ToForm, cancellationToken);

        /// <summary>Validates the form against the stored slug (the home page keeps its address) and saves it.</summary>
        public async Task<EditResult<Command>> SaveAsync(int? id, Command form, ModelStateDictionary errors, CancellationToken cancellationToken)
        {
            form.OriginalSlug = id is null ? null : await editor.FindSlugAsync(id.Value, cancellationToken);
            var content = Validate(form, form.OriginalSlug, errors);
            await images.CheckAsync(content.ImageId, nameof(form.ImageId), nameof(form.Body), errors, cancellationToken, content.Body);
            return await editor.SaveFormAsync(id, form, content, errors, cancellationToken);
        }

        /// <summary>The public page's model from the unsaved form, or null when the form has problems.</summary>
        public async Task<PageViewModel?> PreviewAsync(Command form, ModelStateDictionary errors, CancellationToken cancellationToken)
        {
            var content = Validate(form, form.OriginalSlug, errors);
            await images.CheckAsync(content.ImageId, nameof(form.ImageId), nameof(form.Body), errors, cancellationToken, content.Body);
            if (!errors.IsValid)
            {
                await editor.DescribeAsync(form, cancellationToken);
                return null;
            }

            return await PreviewOfAsync(content, cancellationToken);
        }

        /// <summary>The public page's model of stored or submitted content.</summary>
        public async Task<PageViewModel> PreviewOfAsync(PageSnapshot content, CancellationToken cancellationToken) =>
            new(content.Title, content.Slug, content.Summary, content.Body, time.GetUtcNow())
            {
                Images = await media.ForPageAsync(content.ImageId, cancellationToken, content.Body),
            };

        private static Command ToForm(PageSnapshot s) => new()
        {
            Title = s.Title,
            Slug = s.Slug,
            OriginalSlug = s.Slug,
            Summary = s.Summary,
            Body = s.Body,
            ShowInFooter = s.ShowInFooter,
            FooterOrder = s.FooterOrder,
            ImageId = s.ImageId,
        };

        /// <summary>
        /// Every check of the form beyond its annotations (the publishing fields are checked by the shared
        /// editor). The stored slug decides the rules: the home page keeps its address, reserved addresses stay reserved.
        /// </summary>
        public static PageSnapshot Validate(Command form, string? storedSlug, ModelStateDictionary errors)
        {
            var slug = (form.Slug ?? "").Trim();
            if (storedSlug == SeedData.HomePageSlug && slug != SeedData.HomePageSlug)
            {
                errors.AddModelError(nameof(form.Slug), "The home page's web address cannot change: it is shown at the site's front page.");
            }
            else if (SlugRules.Problem(slug, StaticPage.SlugMaxLength) is { } problem)
            {
                errors.AddModelError(nameof(form.Slug), problem);
            }
            else if (storedSlug != SeedData.HomePageSlug && SlugRules.ReservedForPages.Contains(slug))
            {
                errors.AddModelError(nameof(form.Slug), $"/{slug} is used by the site itself. Choose a different web address.");
            }

            return new PageSnapshot((form.Title ?? "").Trim(), slug, (form.Summary ?? "").Trim(), form.Body ?? "", form.ShowInFooter, form.FooterOrder) { ImageId = form.ImageId };
        }
    }
}

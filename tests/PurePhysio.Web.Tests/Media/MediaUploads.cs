using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Media;

/// <summary>Uploads as a browser does: the form's fields (antiforgery token included) and the files as multipart parts.</summary>
public static class MediaUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, IReadOnlyDictionary<string, string> fields,
        params (string Name, byte[] Bytes, string ContentType)[] files)
    {
        var page = await client.GetDocumentAsync("/admin/media/upload");
        var form = (IHtmlFormElement)page.One("form[enctype='multipart/form-data']");
        return await client.PostMultipartAsync(form, "Files", fields, files);
    }

    public static async Task<HttpResponseMessage> ReplaceAsync(this HttpClient client, int id, string name, byte[] bytes)
    {
        var page = await client.GetDocumentAsync($"/admin/media/{id}/edit");
        var form = (IHtmlFormElement)page.One($"form[action='/admin/media/{id}/replace']");
        return await client.PostMultipartAsync(form, "File", new Dictionary<string, string>(), (name, bytes, "image/jpeg"));
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, IHtmlFormElement form, string fileField,
        IReadOnlyDictionary<string, string> values, params (string Name, byte[] Bytes, string ContentType)[] files)
    {
        var fields = FormSubmission.FieldsOf(form);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, bytes, contentType) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            content.Add(part, fileField, name);
        }

        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>Uploads one JPEG with alt text and returns the stored image.</summary>
    public static async Task<MediaImage> UploadPhotoAsync(this HttpClient client, ClinicAppFactory factory, string alt = "Physiotherapist examining a neck",
        byte[]? bytes = null, string name = "neck.jpg")
    {
        using var response = await client.UploadAsync(new Dictionary<string, string> { ["AltText"] = alt }, (name, bytes ?? TestImages.Jpeg(), "image/jpeg"));
        await Admin.AdminSession.AssertRedirectAsync(response);
        return await factory.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync());
    }
}

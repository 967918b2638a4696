namespace PurePhysio.Web.Features.Admin.Testimonials;

internal static class TestimonialsServices
{
    /// <summary>Testimonials: list, add, edit, publish, order and delete.</summary>
    public static IServiceCollection AddAdminTestimonials(this IServiceCollection services) =>
        services.AddScoped<ListTestimonials>().AddScoped<EditTestimonial>().AddScoped<ChangeTestimonial>();
}

using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Conditions;

internal static class ConditionsServices
{
    /// <summary>Editing condition articles in the admin area.</summary>
    public static IServiceCollection AddAdminConditions(this IServiceCollection services) =>
        services.AddContentKind<Condition, ConditionSnapshot>(ConditionContent.Kind)
            .AddScoped<ReviewerChoices>()
            .AddScoped<ListConditions.Handler>()
            .AddScoped<EditCondition.Handler>()
            .AddScoped<ConfirmReview.Handler>()
            .AddScoped<ReviewReminders>()
            .AddHostedService<ReviewReminderService>();
}

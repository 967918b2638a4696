using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Account;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Closures;
using PurePhysio.Web.Features.Admin.OpeningHours;
using PurePhysio.Web.Features.Admin.Settings;
using PurePhysio.Web.Features.Admin.Testimonials;
using PurePhysio.Web.Features.Admin.Conditions;
using PurePhysio.Web.Features.Admin.Dashboard;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Admin.Enquiries;
using PurePhysio.Web.Features.Admin.Pages;
using PurePhysio.Web.Features.Admin.Users;
using PurePhysio.Web.Features.Admin.Media;
using PurePhysio.Web.Features.Admin.Synonyms;
using PurePhysio.Web.Features.Admin.Team;
using PurePhysio.Web.Features.Admin.Treatments;

namespace PurePhysio.Web.Features.Admin;

internal static class AdminServiceCollectionExtensions
{
    public const string SignInPath = "/admin/sign-in";

    /// <summary>Posts anyone can make to the account pages (sign-in, second step, forgot and reset password): per client IP.</summary>
    public const string SignInRateLimitPolicy = "staff-sign-in";

    /// <summary>Staff sign-in (ASP.NET Core Identity over the clinic database), the admin policies and services.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services
            .AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                // Identity's lockout locks the whole account, so anyone who knows a staff address could lock its owner
                // out: SignInLockout locks per (address, client) instead (ADR 0016).
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<ClinicDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddOptions<StaffSignInOptions>().BindConfiguration(StaffSignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Password reset links: Identity's data protection tokens, spent by use (security stamp) and short-lived.
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<StaffSignInOptions>>((o, signIn) =>
            o.TokenLifespan = signIn.Value.ResetLinkLifetime);
        // The short-lived cookie between the password and the second step: the admin area's cookie rules.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Path = "/admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddRateLimiter(limiter => limiter.AddPolicy(SignInRateLimitPolicy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<StaffSignInOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(SignInLockout.ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.RateLimitPermits,
                Window = options.RateLimitWindow,
                QueueLimit = 0,
            });
        }));
        services.AddScoped<SignInLockout>();
        services.AddScoped<StaffPasswordCheck>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new StaffAccountGate()));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = Clinic.PublicPagePolicy.StaffCookieName;
            // The staff cookie is never sent with public page requests.
            o.Cookie.Path = "/admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure everywhere except Development, where `dotnet run` serves plain http on localhost and a
            // Secure cookie would never come back. Tests run the production policy over https://localhost.
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/admin/sign-out";
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // A signed-in Editor on an Admin-only page gets a plain 403 page, not a redirect loop.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Disabling an account or changing its role updates the security stamp; sessions pick that up within a minute.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = time;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.Staff, p => p.RequireAuthenticatedUser().RequireRole(AdminRoles.All))
            .AddPolicy(AdminPolicies.AdminOnly, p => p.RequireAuthenticatedUser().RequireRole(AdminRoles.Admin))
            .AddPolicy(AdminPolicies.Reviewers, p => p.RequireAuthenticatedUser().RequireRole(AdminRoles.Clinician, AdminRoles.Admin));

        services.AddScoped<ClinicTimeZone>();

        // Each admin feature registers its own services.
        services.AddAdminAudit();
        services.AddAdminAccount();
        services.AddAdminDashboard();
        services.AddAdminContent();
        services.AddAdminConditions();
        services.AddAdminPages();
        services.AddAdminMedia();
        services.AddAdminTeam();
        services.AddAdminTreatments();
        services.AddAdminSynonyms();
        services.AddAdminTestimonials();
        services.AddAdminOpeningHours();
        services.AddAdminClosures();
        services.AddAdminSettings();
        services.AddAdminUsers();
        services.AddAdminEnquiries(configuration);
        return services;
    }
}

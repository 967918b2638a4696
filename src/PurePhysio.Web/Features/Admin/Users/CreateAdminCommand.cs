namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>
/// <c>dotnet run --project src/PurePhysio.Web -- create-admin --email someone@clinic</c>: creates the first
/// Admin (or makes an existing account an Admin and sets its password). The password comes from the
/// PUREPHYSIO_ADMIN_PASSWORD environment variable or, when that is unset, a prompt that does not echo.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "PUREPHYSIO_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var email = ValueOf(args, "--email");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            await error.WriteLineAsync("Usage: create-admin --email someone@example.org [--name \"Display Name\"]");
            await error.WriteLineAsync($"The password is read from {PasswordVariable} or, if unset, asked for.");
            return 1;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = ReadPassword(output);
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var audit = scope.ServiceProvider.GetRequiredService<Audit.AuditLog>();

        var existing = await accounts.FindByEmailAsync(email);
        Microsoft.AspNetCore.Identity.IdentityResult result;
        if (existing is null)
        {
            result = await accounts.CreateAsync(email, ValueOf(args, "--name") ?? "", AdminRoles.Admin, password);
        }
        else
        {
            result = await accounts.ResetPasswordAsync(existing, password);
            if (result.Succeeded)
            {
                existing.DisabledAt = null;
                result = await accounts.SetRoleAsync(existing, AdminRoles.Admin);
            }
        }

        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"Could not {(existing is null ? "create" : "update")} {email}:");
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync($"  - {e.Description}");
            }

            return 1;
        }

        await audit.RecordNowAsync(existing is null ? Audit.AuditActions.UserCreated : Audit.AuditActions.UserRoleChanged,
            email, "Admin account set up with the create-admin command", email: "create-admin command");
        await output.WriteLineAsync(existing is null
            ? $"Created Admin account {email}. Sign in at /admin/sign-in."
            : $"{email} is now an Admin with the new password. Sign in at /admin/sign-in.");
        return 0;
    }

    private static string? ValueOf(string[] args, string option)
    {
        var i = Array.IndexOf(args, option);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string ReadPassword(TextWriter output)
    {
        output.Write("Password (at least 12 characters): ");
        output.Flush();
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                output.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}

/// <summary>
/// Development only: a demo Admin so a fresh clone can sign in. Its password is published in the README, so in
/// every other environment (a Development database carried into Production) the account is disabled at start-up.
/// </summary>
internal static class DevelopmentAdmin
{
    public const string Email = "admin@purephysio.example";
    public const string Password = "dev-only-admin-password";

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var environment = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        if (!environment.IsDevelopment())
        {
            await DisableAsync(scope.ServiceProvider, environment);
            return;
        }

        await accounts.EnsureRolesAsync();
        if (!await accounts.AnyAsync())
        {
            await accounts.CreateAsync(Email, "Demo Admin (development only)", AdminRoles.Admin, Password);
        }
    }

    private static async Task DisableAsync(IServiceProvider services, IHostEnvironment environment)
    {
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Domain.StaffUser>>();
        var demo = await users.FindByEmailAsync(Email);
        if (demo is null || demo.DisabledAt is not null)
        {
            return;
        }

        demo.DisabledAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await users.UpdateAsync(demo);
        // A new security stamp ends any session the demo account still had.
        await users.UpdateSecurityStampAsync(demo);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DevelopmentAdmin))
            .LogWarning("The development demo account {Email} was found in the {Environment} database and has been disabled; " +
                "create your own Admin with the create-admin command", Email, environment.EnvironmentName);
    }
}

/// <summary>Roles exist in every environment, so an Admin can give the first Editor a role.</summary>
internal static class AdminStartup
{
    public static async Task InitializeAdminAsync(this IServiceProvider services)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().EnsureRolesAsync();
        }

        await DevelopmentAdmin.SeedAsync(services);
    }
}

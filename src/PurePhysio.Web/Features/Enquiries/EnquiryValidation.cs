using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MimeKit;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>Checks that data annotations cannot express: a deliverable-looking email, a phone number, conditional requirements.</summary>
internal static partial class EnquiryValidation
{
    public static void Validate(CreateEnquiryViewModel input, ModelStateDictionary modelState)
    {
        if (!string.IsNullOrWhiteSpace(input.Email) && modelState.GetFieldValidationState(nameof(input.Email)) != ModelValidationState.Invalid &&
            !IsEmailAddress(input.Email.Trim()))
        {
            modelState.AddModelError(nameof(input.Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (input.PreferredContactMethod is { } method && !Enum.IsDefined(method))
        {
            modelState.AddModelError(nameof(input.PreferredContactMethod), "Choose how you would like us to contact you");
        }

        var phone = input.Phone?.Trim();
        if (string.IsNullOrEmpty(phone))
        {
            if (input.PreferredContactMethod == ContactMethod.Phone)
            {
                modelState.AddModelError(nameof(input.Phone), "Enter a phone number, or choose to be contacted by email");
            }
        }
        else if (modelState.GetFieldValidationState(nameof(input.Phone)) != ModelValidationState.Invalid && !IsPhoneNumber(phone))
        {
            modelState.AddModelError(nameof(input.Phone), "Enter a phone number, like 01632 960 001 or +44 7700 900 982");
        }
    }

    /// <summary>One plain address (no display name, no list) with a dotted domain.</summary>
    public static bool IsEmailAddress(string value) =>
        MailboxAddress.TryParse(ParserOptions.Default, value, out var mailbox) &&
        string.Equals(mailbox.Address, value, StringComparison.OrdinalIgnoreCase) &&
        string.IsNullOrEmpty(mailbox.Name) &&
        mailbox.Domain.Contains('.', StringComparison.Ordinal) &&
        !mailbox.Domain.EndsWith('.');

    /// <summary>Digits with the usual separators; 10 to 15 digits covers UK and international numbers.</summary>
    public static bool IsPhoneNumber(string value)
    {
        if (!PhoneCharacters().IsMatch(value))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 15;
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$")]
    private static partial Regex PhoneCharacters();
}

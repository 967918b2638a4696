using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Team;

public sealed record RegulatorInfo(Regulator Id, string Abbreviation, string Name, string Url, string RegisterSearchUrl);

/// <summary>The UK regulators a practitioner may be registered with, and where patients can check their register.</summary>
internal static class Regulators
{
    public static readonly IReadOnlyList<RegulatorInfo> All =
    [
        new(Regulator.Hcpc, "HCPC", "Health and Care Professions Council", "https://www.hcpc-uk.org/", "https://www.hcpc-uk.org/check-the-register/"),
        new(Regulator.Gmc, "GMC", "General Medical Council", "https://www.gmc-uk.org/", "https://www.gmc-uk.org/registration-and-licensing/the-medical-register"),
        new(Regulator.Nmc, "NMC", "Nursing and Midwifery Council", "https://www.nmc.org.uk/", "https://www.nmc.org.uk/registration/search-the-register/"),
        new(Regulator.Gosc, "GOsC", "General Osteopathic Council", "https://www.osteopathy.org.uk/", "https://www.osteopathy.org.uk/register-search/"),
        new(Regulator.Gcc, "GCC", "General Chiropractic Council", "https://www.gcc-uk.org/", "https://www.gcc-uk.org/check-the-register"),
    ];

    public static RegulatorInfo? Find(Regulator regulator) => All.FirstOrDefault(r => r.Id == regulator);
}

using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>Les outils fonciers : ce que chaque type exige, et l'alerte de fin de portage sans opération.</summary>
public sealed class OutilsFonciersTests
{
    private static OutilFoncier Outil(TypeOutilFoncier type) =>
        new()
        {
            Type = type,
            Nom = "Outil",
            CommuneCode = "30007",
            DepartementCode = "30",
            RegionCode = "76",
        };

    [Theory]
    [InlineData(TypeOutilFoncier.Zad, "DateDebut,Perimetre")]
    [InlineData(TypeOutilFoncier.Dpu, "DateDebut")]
    [InlineData(TypeOutilFoncier.Sms, "Zone,PartLls")]
    [InlineData(TypeOutilFoncier.Oap, "PartLls")]
    [InlineData(TypeOutilFoncier.EmplacementReserve, "")]
    [InlineData(TypeOutilFoncier.ConventionPortage, "SiteId,PorteurId,DateDebut,DateFin,Montant")]
    public void Chaque_type_exige_ses_champs(TypeOutilFoncier type, string champs)
    {
        var erreurs = ValidationOutilFoncier.Valider(Outil(type)).Select(e => e.Champ);
        Assert.Equal(champs.Split(',', StringSplitOptions.RemoveEmptyEntries), erreurs);
    }

    private static OutilFoncier Portage() =>
        new()
        {
            Type = TypeOutilFoncier.ConventionPortage,
            Nom = "Portage îlot Fabre",
            CommuneCode = "30007",
            DepartementCode = "30",
            RegionCode = "76",
            SiteId = 1,
            PorteurId = 2,
            DateDebut = new DateOnly(2022, 1, 1),
            DateFin = new DateOnly(2027, 6, 30),
            Montant = 800_000m,
            DecoteFonciere = 100_000m,
            DateCessionPrevue = new DateOnly(2027, 6, 30),
        };

    public static TheoryData<string?, Action<OutilFoncier>> FautesPortage =>
        new()
        {
            { null, _ => { } },
            { "DateFin", o => o.DateFin = new DateOnly(2021, 12, 31) },
            { "Montant", o => o.Montant = 0m },
            { "DecoteFonciere", o => o.DecoteFonciere = 900_000m },
            { "DecoteFonciere", o => o.DecoteFonciere = -1m },
            { "DateCessionPrevue", o => o.DateCessionPrevue = new DateOnly(2021, 1, 1) },
            { "PartLls", o => o.PartLls = 1.5m },
            { "Nom", o => o.Nom = new string('n', 201) },
        };

    [Theory]
    [MemberData(nameof(FautesPortage))]
    public void Convention_de_portage(string? champ, Action<OutilFoncier> faute)
    {
        var o = Portage();
        faute(o);
        var erreurs = ValidationOutilFoncier.Valider(o);
        if (champ is null)
            Assert.Empty(erreurs);
        else
            Assert.Equal(champ, Assert.Single(erreurs).Champ);
    }

    // Aujourd'hui : 6 décembre 2026 ; limite : 6 décembre 2027.
    [Theory]
    [InlineData(TypeOutilFoncier.ConventionPortage, "2027-06-30", false, true)]
    [InlineData(TypeOutilFoncier.ConventionPortage, "2026-12-06", false, true)]
    [InlineData(TypeOutilFoncier.ConventionPortage, "2027-12-06", false, true)]
    [InlineData(TypeOutilFoncier.ConventionPortage, "2027-12-07", false, false)]
    [InlineData(TypeOutilFoncier.ConventionPortage, "2026-12-05", false, false)]
    [InlineData(TypeOutilFoncier.ConventionPortage, "2027-06-30", true, false)]
    [InlineData(TypeOutilFoncier.ConventionPortage, null, false, false)]
    [InlineData(TypeOutilFoncier.Zad, "2027-06-30", false, false)]
    public void Alerte_de_fin_de_portage(TypeOutilFoncier type, string? fin, bool operation, bool alerte)
    {
        DateOnly? f = fin is null ? null : DateOnly.Parse(fin, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(alerte, AlertePortage.EnAlerte(type, f, operation, new DateOnly(2026, 12, 6)));
    }
}

namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Territoire d'action d'une organisation : la DDTM a son département, un EPCI son SIREN, une commune son code INSEE.
/// </summary>
public sealed record Perimetre(NiveauPerimetre Niveau, string Code)
{
    public static readonly Perimetre National = new(NiveauPerimetre.National, "FR");

    public bool Contient(Localisation lieu) =>
        Niveau switch
        {
            NiveauPerimetre.National => true,
            NiveauPerimetre.Region => lieu.RegionCode == Code,
            NiveauPerimetre.Departement => lieu.DepartementCode == Code,
            NiveauPerimetre.Epci => lieu.EpciSiren == Code,
            NiveauPerimetre.Commune => lieu.CommuneCode == Code,
            _ => false,
        };

    public string Libelle =>
        Niveau switch
        {
            NiveauPerimetre.National => "France entière",
            NiveauPerimetre.Region => $"Région {Code}",
            NiveauPerimetre.Departement => $"Département {Code}",
            NiveauPerimetre.Epci => $"EPCI {Code}",
            NiveauPerimetre.Commune => $"Commune {Code}",
            _ => Code,
        };
}

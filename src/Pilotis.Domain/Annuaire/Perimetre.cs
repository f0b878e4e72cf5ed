namespace Pilotis.Domain.Annuaire;

public enum NiveauPerimetre
{
    National = 0,
    Region = 1,
    Departement = 2,
    Epci = 3,
    Commune = 4,
}

/// <summary>Où se trouve une chose (une commune, une organisation) dans la hiérarchie territoriale.</summary>
public sealed record Localisation(string? CommuneCode, string? EpciSiren, string? DepartementCode, string? RegionCode);

/// <summary>Territoire d'action d'une organisation : la DDTM a son département, un EPCI son SIREN, une commune son code INSEE.</summary>
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

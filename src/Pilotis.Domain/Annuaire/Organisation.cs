namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Un acteur du département : service de l'État, collectivité, bailleur, réservataire, financeur, opérateur foncier.
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }

    /// <summary>Longueur maximale du nom : un nom plus long est refusé avec un message, jamais coupé.</summary>
    public const int LongueurNomMaximum = 200;

    public required string Nom { get; set; }
    public required TypeOrganisation Type { get; set; }

    /// <summary>SIREN (9 chiffres), facultatif pour les services déconcentrés sans SIREN propre connu.</summary>
    public string? Siren { get; set; }
    public required NiveauPerimetre PerimetreNiveau { get; set; }
    public required string PerimetreCode { get; set; }

    /// <summary>Département de rattachement : sert aux portées « département » des habilitations.</summary>
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }
    public bool Active { get; set; } = true;
    public bool Demonstration { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public Perimetre Perimetre => new(PerimetreNiveau, PerimetreCode);

    public Localisation Localisation =>
        new(
            PerimetreNiveau == NiveauPerimetre.Commune ? PerimetreCode : null,
            PerimetreNiveau == NiveauPerimetre.Epci ? PerimetreCode : null,
            DepartementCode,
            RegionCode
        );

    /// <summary>SIREN : 9 chiffres dont la clé de Luhn est valide (INSEE).</summary>
    public static bool SirenValide(string? siren)
    {
        if (siren is null || siren.Length != 9 || !siren.All(char.IsAsciiDigit))
            return false;
        var somme = 0;
        for (var i = 0; i < 9; i++)
        {
            var chiffre = siren[8 - i] - '0';
            if (i % 2 == 1)
            {
                chiffre *= 2;
                if (chiffre > 9)
                    chiffre -= 9;
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }
}

using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>
/// Le formulaire d'une commission (nom, territoire, quorum, voix prépondérante, membres et qualités), partagé par la
/// création et la modification ; <see cref="ErreursAsync"/> dit chaque erreur par champ.
/// </summary>
public sealed class SaisieCommission
{
    public const int LignesMembresVides = 3;
    public const int MembresMaximum = 40;

    public string? Nom { get; set; }
    public string? TerritoireCode { get; set; }
    public int Quorum { get; set; } = 3;
    public QualiteMembreCaleol VoixPreponderante { get; set; } = QualiteMembreCaleol.Maire;
    public List<SaisieMembreCaleol> Membres { get; set; } = [];

    public static SaisieCommission De(CommissionCaleol c) =>
        new()
        {
            Nom = c.Nom,
            TerritoireCode = c.TerritoireCode,
            Quorum = c.Quorum,
            VoixPreponderante = c.VoixPreponderante,
            Membres = c
                .Membres.OrderBy(m => m.Qualite)
                .ThenBy(m => m.Nom)
                .Select(m => new SaisieMembreCaleol
                {
                    Id = m.Id,
                    Nom = m.Nom,
                    Qualite = m.Qualite,
                    CommuneCode = m.CommuneCode,
                })
                .ToList(),
        };

    /// <summary>Complète le formulaire de lignes vides pour ajouter des membres.</summary>
    public void AjouterLignesVides()
    {
        for (var i = 0; i < LignesMembresVides; i++)
            Membres.Add(new SaisieMembreCaleol());
    }

    public IEnumerable<SaisieMembreCaleol> MembresNommes => Membres.Where(m => !string.IsNullOrWhiteSpace(m.Nom));

    /// <summary>Les erreurs par champ (clé du champ → message) ; vide : la saisie peut s'écrire.</summary>
    public async Task<Dictionary<string, string>> ErreursAsync(
        PilotisDbContext db,
        string departementBailleur,
        CancellationToken ct
    )
    {
        var erreurs = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Nom))
            erreurs["Saisie.Nom"] = "Le nom de la commission est obligatoire.";
        else if (Nom.Trim().Length > CommissionCaleol.LongueurNomMaximum)
            erreurs["Saisie.Nom"] = MessagesSaisie.TropLong("Le nom", CommissionCaleol.LongueurNomMaximum);
        var territoire = TerritoireCode?.Trim() ?? "";
        var connu =
            territoire == departementBailleur
            || await db.Communes.AnyAsync(
                c => c.EpciSiren == territoire && c.DepartementCode == departementBailleur,
                ct
            );
        if (!connu)
        {
            erreurs["Saisie.TerritoireCode"] =
                $"Territoire inconnu : « {Francais.Extrait(territoire)} » (SIREN d'un EPCI du département "
                + $"{departementBailleur}, ou le code du département).";
        }
        var nommes = MembresNommes.ToList();
        var votants = nommes.Count(m => m.Qualite != QualiteMembreCaleol.ReservataireConsultatif);
        if (nommes.Count == 0)
            erreurs["Saisie.Membres"] = "La commission a au moins un membre.";
        else if (nommes.Count > MembresMaximum)
            erreurs["Saisie.Membres"] = $"Au plus {MembresMaximum} membres.";
        else if (nommes.Any(m => m.Nom!.Trim().Length > MembreCaleol.LongueurNomMaximum))
            erreurs["Saisie.Membres"] = MessagesSaisie.TropLong("Le nom d'un membre", MembreCaleol.LongueurNomMaximum);
        else if (nommes.Any(m => !Enum.IsDefined(m.Qualite)))
            erreurs["Saisie.Membres"] = "Qualité de membre inconnue.";
        if (Quorum < 1 || Quorum > Math.Max(1, votants))
        {
            erreurs["Saisie.Quorum"] =
                $"Le quorum est un nombre de membres votants, de 1 à {Math.Max(1, votants)} (les réservataires ont "
                + "voix consultative, CCH R441-9).";
        }
        if (!Enum.IsDefined(VoixPreponderante) || VoixPreponderante == QualiteMembreCaleol.ReservataireConsultatif)
            erreurs["Saisie.VoixPreponderante"] = "La voix prépondérante revient à un membre votant.";
        return erreurs;
    }

    /// <summary>Reporte la saisie sur la commission : réglages, membres modifiés, ajoutés, retirés.</summary>
    public void Appliquer(CommissionCaleol c)
    {
        c.Nom = Nom!.Trim();
        c.TerritoireCode = TerritoireCode!.Trim();
        c.Quorum = Quorum;
        c.VoixPreponderante = VoixPreponderante;
        var nommes = MembresNommes.ToList();
        c.Membres.RemoveAll(m => nommes.All(n => n.Id != m.Id));
        foreach (var n in nommes)
        {
            var membre = c.Membres.FirstOrDefault(m => n.Id != 0 && m.Id == n.Id);
            if (membre is null)
            {
                membre = new MembreCaleol { Nom = "" };
                c.Membres.Add(membre);
            }
            membre.Nom = n.Nom!.Trim();
            membre.Qualite = n.Qualite;
            membre.CommuneCode = string.IsNullOrWhiteSpace(n.CommuneCode) ? null : n.CommuneCode.Trim();
        }
    }
}

using System.Globalization;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Sru;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class EligibiliteApi
{
    public static void MapEligibiliteApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/eligibilite", EvaluerAsync)
            .AllowAnonymous()
            .WithTags("Éligibilité")
            .WithSummary("Simulateur public d'éligibilité au logement social (plafonds PLAI, PLUS, PLS)")
            .Produces<ReponseEligibilite>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> EvaluerAsync(HttpRequest requete, PilotisDbContext db, CancellationToken ct)
    {
        var erreurs = new List<ErreurChamp>();
        var saisie = LireParametres(requete.Query, erreurs);
        if (erreurs.Count > 0)
            return Refus(erreurs);

        // Le barème en base, tenu par un administrateur (semé avec les lignes 2026).
        var lignes = await BaremePlafonds.LireAsync(db, ct);
        var donnees = saisie!;
        var invalides = ValidationEligibilite.Valider(donnees, lignes);
        if (invalides.Count > 0)
            return Refus(invalides);
        return Results.Ok(Repondre(donnees, lignes));
    }

    /// <summary>
    /// Les paramètres de la requête, chaque erreur ajoutée dans l'ordre des paramètres ; null si erreur.
    /// </summary>
    private static DonneesEligibilite? LireParametres(IQueryCollection q, List<ErreurChamp> erreurs)
    {
        var annee = Entier(q, erreurs, ChampsEligibilite.Annee);
        var geographie = q[ChampsEligibilite.Geographie].ToString();
        if (string.IsNullOrWhiteSpace(geographie))
        {
            erreurs.Add(
                new(
                    ChampsEligibilite.Geographie,
                    $"Le paramètre « {ChampsEligibilite.Geographie} » est obligatoire : "
                        + $"{string.Join(", ", Geographies.ParCode.Keys)}."
                )
            );
        }
        var personnes = Entier(q, erreurs, ChampsEligibilite.Personnes);
        var personnesACharge = Entier(q, erreurs, ChampsEligibilite.PersonnesACharge, obligatoire: false) ?? 0;
        var jeuneCouple = Booleen(q, erreurs, ChampsEligibilite.JeuneCouple);
        var handicap = Booleen(q, erreurs, ChampsEligibilite.Handicap);
        decimal? revenu = null;
        var texteRevenu = q[ChampsEligibilite.RevenuFiscalReference].ToString();
        if (string.IsNullOrWhiteSpace(texteRevenu))
        {
            erreurs.Add(
                new(
                    ChampsEligibilite.RevenuFiscalReference,
                    $"Le paramètre « {ChampsEligibilite.RevenuFiscalReference} » est obligatoire (revenu "
                        + $"fiscal de référence N−2, en euros)."
                )
            );
        }
        else if (
            decimal.TryParse(
                texteRevenu.Trim(),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var r
            )
        )
        {
            revenu = r;
        }
        else
        {
            erreurs.Add(
                new(
                    ChampsEligibilite.RevenuFiscalReference,
                    $"Le paramètre « {ChampsEligibilite.RevenuFiscalReference} » doit être un montant en "
                        + $"euros, point décimal (reçu « {Francais.Extrait(texteRevenu)} »)."
                )
            );
        }
        return erreurs.Count > 0
            ? null
            : new DonneesEligibilite(
                annee!.Value,
                geographie.Trim(),
                personnes!.Value,
                personnesACharge,
                jeuneCouple,
                handicap,
                revenu!.Value
            );
    }

    private static ReponseEligibilite Repondre(DonneesEligibilite donnees, IReadOnlyList<PlafondsRessources> lignes)
    {
        var zone = Geographies.ParCode[donnees.Geographie];
        var categorie = CategorieMenage.Determiner(
            donnees.Personnes,
            donnees.PersonnesACharge,
            donnees.JeuneCouple,
            donnees.Handicap
        );
        var resultat = Eligibilite.Evaluer(
            donnees.RevenuFiscalReference,
            categorie,
            PlafondsRessources.Pour(lignes, donnees.Annee, zone)
        );
        var plafonds = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var eligible = new Dictionary<string, bool?>(StringComparer.Ordinal);
        foreach (var produit in Enum.GetValues<ProduitLogement>())
        {
            var p = resultat.Produits.FirstOrDefault(x => x.Produit == produit);
            plafonds[produit.Code()] = p?.Plafond;
            eligible[produit.Code()] = p?.Eligible;
        }
        return new ReponseEligibilite(
            donnees.Annee,
            zone.Code(),
            categorie.Categorie,
            categorie.PersonnesSupplementaires,
            donnees.RevenuFiscalReference,
            plafonds,
            eligible,
            resultat.NonCalculables.Select(p => p.Code()).ToArray(),
            resultat.Produits.Select(p => p.Source).Distinct(StringComparer.Ordinal).ToArray(),
            "Éligible quand le revenu fiscal de référence N−2 est au plus le plafond de la catégorie du "
                + "ménage (CCH R441-1, arrêté du 29 juillet 1987)."
        );
    }

    private static int? Entier(IQueryCollection q, List<ErreurChamp> erreurs, string champ, bool obligatoire = true)
    {
        var texte = q[champ].ToString();
        if (string.IsNullOrWhiteSpace(texte))
        {
            if (obligatoire)
                erreurs.Add(new(champ, $"Le paramètre « {champ} » est obligatoire."));
            return null;
        }
        if (int.TryParse(texte.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var valeur))
            return valeur;
        erreurs.Add(
            new(champ, $"Le paramètre « {champ} » doit être un nombre entier (reçu « {Francais.Extrait(texte)} »).")
        );
        return null;
    }

    private static bool Booleen(IQueryCollection q, List<ErreurChamp> erreurs, string champ)
    {
        var texte = q[champ].ToString();
        if (string.IsNullOrWhiteSpace(texte))
            return false;
        if (bool.TryParse(texte.Trim(), out var valeur))
            return valeur;
        erreurs.Add(
            new(champ, $"Le paramètre « {champ} » doit valoir true ou false (reçu « {Francais.Extrait(texte)} »).")
        );
        return false;
    }

    private static IResult Refus(IReadOnlyList<ErreurChamp> erreurs) =>
        erreurs.Count == 1
            ? Invalide(erreurs[0].Champ, erreurs[0].Message)
            : Results.ValidationProblem(
                erreurs.ParChamp(),
                title: "Requête invalide",
                detail: string.Join(" ", erreurs.Select(e => e.Message))
            );
}

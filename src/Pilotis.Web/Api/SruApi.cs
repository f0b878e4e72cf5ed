using System.Text.Json;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class SruApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapSruApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/sru").WithTags("SRU");
        g.MapPost("/calcul", CalculerAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .Accepts<DemandeCalculSru>("application/json")
            .WithSummary("Simulateur SRU public : taux, logements manquants, objectif triennal, prélèvement")
            .WithDescription(
                "Règles 2023-2025. Prélèvement brut = 25 % × potentiel fiscal par habitant × logements manquants, "
                    + "plafonné à tauxPlafond "
                    + "(défaut 0,05) des dépenses réelles de fonctionnement N-2 ; nul si ce montant plafonné est "
                    + "inférieur à 4 000 € ; sinon diminué des dépenses déductibles, jamais négatif (CCH L302-7). "
                    + "Arrondis : taux à 4 décimales ; logements manquants, objectif et minimum PLAI à l'entier "
                    + "supérieur ; maximum PLS à l'entier inférieur ; "
                    + "montants à l'euro (demi-euro vers le haut)."
            )
            .Produces<ReponseCalculSru>()
            .ProducesValidationProblem();
    }

    /// <summary>Simulateur public : valide la demande, calcule par les règles en vigueur et répond.</summary>
    private static async Task<IResult> CalculerAsync(HttpRequest requete, TimeProvider horloge, CancellationToken ct)
    {
        DemandeCalculSru? demande;
        try
        {
            demande = await JsonSerializer.DeserializeAsync<DemandeCalculSru>(requete.Body, Json, ct);
        }
        catch (JsonException e)
        {
            var champ = e.Path is { Length: > 2 } chemin ? chemin.TrimStart('$', '.') : "corps";
            return Invalide(
                champ,
                $"Corps JSON invalide{(champ == "corps" ? "" : $" au champ « {champ} »")} : "
                    + "un nombre, un booléen ou un objet JSON bien formé est attendu."
            );
        }
        if (demande is null)
            return Invalide("corps", "Le corps de la requête doit être un objet JSON.");

        var manquants = ChampsManquants(demande);
        if (manquants.Count > 0)
            return Results.ValidationProblem(
                manquants,
                title: "Requête invalide",
                detail: "Des champs obligatoires manquent."
            );

        // Règles en vigueur aujourd'hui (la dernière ligne connue à défaut).
        var parametres = ParametresSru.PourDate(Affichage.JourAParis(horloge.GetUtcNow()));
        var donnees = new DonneesCalculSru
        {
            ResidencesPrincipales = demande.ResidencesPrincipales!.Value,
            LogementsSociaux = InventaireLogementsSociaux.NonVentile(demande.LogementsSociaux!.Value),
            TauxCible = demande.TauxCible!.Value,
            PotentielFiscalParHabitant = demande.PotentielFiscalParHabitant!.Value,
            DepensesReellesFonctionnement = demande.DepensesReellesFonctionnement!.Value,
            DepensesDeductibles = demande.DepensesDeductibles ?? 0m,
            CouverteParPlh = demande.CouverteParPlh ?? false,
            TauxPlafond = demande.TauxPlafond ?? parametres.TauxPlafondPrelevement,
        };
        var erreurs = ValidationSru.Valider(donnees, parametres);
        if (erreurs.Count > 0)
        {
            return Results.ValidationProblem(
                erreurs.ParChamp(),
                title: "Requête invalide",
                detail: string.Join(" ", erreurs.Select(e => e.Message))
            );
        }
        return Results.Ok(Reponse(CalculSru.Calculer(donnees, parametres), parametres));
    }

    private static Dictionary<string, string[]> ChampsManquants(DemandeCalculSru demande)
    {
        var manquants = new Dictionary<string, string[]>();
        void Exiger(object? valeur, string champ)
        {
            if (valeur is null)
                manquants[champ] = [$"Le champ « {champ} » est obligatoire."];
        }
        Exiger(demande.ResidencesPrincipales, ChampsSru.ResidencesPrincipales);
        Exiger(demande.LogementsSociaux, ChampsSru.LogementsSociaux);
        Exiger(demande.TauxCible, ChampsSru.TauxCible);
        Exiger(demande.PotentielFiscalParHabitant, ChampsSru.PotentielFiscalParHabitant);
        Exiger(demande.DepensesReellesFonctionnement, ChampsSru.DepensesReellesFonctionnement);
        return manquants;
    }

    private static ReponseCalculSru Reponse(ResultatCalculSru r, ParametresSru parametres) =>
        new ReponseCalculSru(
            r.Taux,
            r.LogementsManquants,
            r.ObjectifTriennal,
            r.ObjectifPlaiMinimum,
            r.ObjectifPlsMaximum,
            r.PrelevementBrut,
            r.PlafondPrelevement,
            r.PrelevementNet,
            r.TauxPlafondApplique,
            r.PrelevementPlafonne,
            r.DepensesDeductiblesImputees,
            r.ReliquatDepensesDeductibles,
            r.Objectif.PartRattrapage,
            r.Exoneration.ToString(),
            $"Règles de la période triennale {parametres.PeriodeDeLaLigne.Libelle} " + "(CCH L302-5 à L302-9-1)"
        );
}

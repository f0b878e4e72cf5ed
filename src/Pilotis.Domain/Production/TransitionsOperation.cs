using System.Text;

namespace Pilotis.Domain.Production;

/// <summary>
/// Les transitions d'une opération, écrites une fois (DESIGN : « les machines à états sont des tables »),
/// sur les statuts SIAP (DOMAIN §2). La table est reproduite dans docs/STATUTS.md par un test.
/// </summary>
public static class TransitionsOperation
{
    private static readonly StatutOperation[] Brouillons =
    [
        StatutOperation.BrouillonCree,
        StatutOperation.BrouillonATransmettre,
    ];
    private static readonly StatutOperation[] Agreees =
    [
        StatutOperation.AValiderChorus,
        StatutOperation.Engagee,
        StatutOperation.Acompte,
    ];

    public static IReadOnlyList<TransitionOperation> Table { get; } =
    [
        new(
            [StatutOperation.BrouillonCree],
            ActionOperation.FinaliserBrouillon,
            StatutOperation.BrouillonATransmettre,
            ActeurOperation.Bailleur,
            "Finaliser le brouillon",
            "au moins un lot avec des logements",
            (o, _, _) => AuMoinsUnLot(o)
        ),
        new(
            [StatutOperation.BrouillonATransmettre],
            ActionOperation.Transmettre,
            StatutOperation.Transmise,
            ActeurOperation.Bailleur,
            "Déposer le dossier auprès de l'instructeur",
            "au moins un lot ; date de dépôt fixée au premier dépôt ; instantané de programmation",
            (o, _, _) => AuMoinsUnLot(o),
            (o, d) => o.DateDepot ??= d.Date
        ),
        new(
            [StatutOperation.Transmise],
            ActionOperation.PrendreEnInstruction,
            StatutOperation.ProgrammeeCompletudeInstructeur,
            ActeurOperation.Instructeur,
            "Prendre le dossier en instruction",
            "",
            null
        ),
        new(
            [
                StatutOperation.Transmise,
                StatutOperation.ProgrammeeCompletudeInstructeur,
                StatutOperation.ProgrammeeCompletudeValideur,
            ],
            ActionOperation.RenvoyerAuBailleur,
            StatutOperation.BrouillonATransmettre,
            ActeurOperation.Instructeur,
            "Renvoyer au bailleur pour compléments",
            "motif obligatoire",
            ExigerMotif,
            (o, d) => o.Motif = d.Motif
        ),
        new(
            [StatutOperation.ProgrammeeCompletudeInstructeur],
            ActionOperation.ConstaterCompletude,
            StatutOperation.ProgrammeeCompletudeValideur,
            ActeurOperation.Instructeur,
            "Constater la complétude",
            "tous les éléments obligatoires de la liste de dépôt ; aucune demande de pièces sans réponse",
            DossierComplet
        ),
        new(
            [StatutOperation.ProgrammeeCompletudeValideur],
            ActionOperation.ValiderCompletude,
            StatutOperation.ProgrammeeComplet,
            ActeurOperation.Valideur,
            "Valider la complétude",
            "dossier toujours complet ; date de complétude fixée",
            DossierComplet,
            (o, d) => o.DateDossierComplet = d.Date
        ),
        new(
            [StatutOperation.ProgrammeeComplet],
            ActionOperation.SoumettreApprobation,
            StatutOperation.AApprouver,
            ActeurOperation.Instructeur,
            "Soumettre à l'approbation",
            "plan de financement équilibré",
            (o, _, _) => PlanEquilibre(o)
        ),
        new(
            [StatutOperation.AApprouver],
            ActionOperation.Approuver,
            StatutOperation.AAgreer,
            ActeurOperation.Valideur,
            "Approuver",
            "",
            null
        ),
        new(
            [StatutOperation.AAgreer],
            ActionOperation.Agreer,
            StatutOperation.AValiderChorus,
            ActeurOperation.Valideur,
            "Agréer (décision de subvention)",
            "plan de financement équilibré ; date d'agrément fixée sur l'opération et ses lots ; instantané d'agrément",
            (o, _, _) => PlanEquilibre(o),
            (o, d) =>
            {
                o.DateAgrement = d.Date;
                foreach (var lot in o.Lots)
                    lot.DateAgrement = d.Date;
            }
        ),
        new(
            [StatutOperation.AValiderChorus],
            ActionOperation.ValiderChorus,
            StatutOperation.Engagee,
            ActeurOperation.Valideur,
            "Valider l'engagement dans Chorus",
            "",
            null
        ),
        new(
            [StatutOperation.Engagee],
            ActionOperation.VerserAcompte,
            StatutOperation.Acompte,
            ActeurOperation.Valideur,
            "Verser un acompte",
            "chantier ouvert (ordre de service déclaré)",
            (o, _, _) =>
                o.DateOuvertureChantier is null
                    ? "Un acompte ne peut être versé qu'après l'ouverture du chantier."
                    : null
        ),
        new(
            Agreees,
            ActionOperation.DeclarerOuvertureChantier,
            null,
            ActeurOperation.Bailleur,
            "Déclarer l'ouverture du chantier (ordre de service)",
            "pas déjà déclarée ; date postérieure à l'agrément",
            (o, d, _) =>
                o.DateOuvertureChantier is not null
                    ? "L'ouverture du chantier est déjà déclarée."
                    : PasAvant(d.Date, o.DateAgrement, "l'agrément"),
            (o, d) => o.DateOuvertureChantier = d.Date
        ),
        new(
            [StatutOperation.Engagee, StatutOperation.Acompte],
            ActionOperation.DeclarerLivraison,
            null,
            ActeurOperation.Bailleur,
            "Déclarer la livraison",
            "chantier ouvert ; pas déjà déclarée ; date postérieure à l'ouverture du chantier",
            (o, d, _) =>
                o.DateOuvertureChantier is null
                    ? "La livraison suppose un chantier ouvert : déclarez d'abord l'ordre de service."
                : o.DateLivraison is not null ? "La livraison est déjà déclarée."
                : PasAvant(d.Date, o.DateOuvertureChantier, "l'ouverture du chantier"),
            (o, d) => o.DateLivraison = d.Date
        ),
        new(
            [StatutOperation.Engagee, StatutOperation.Acompte, StatutOperation.ClotureEnCours],
            ActionOperation.DeclarerMiseEnService,
            null,
            ActeurOperation.Bailleur,
            "Déclarer la mise en service",
            "livraison déclarée ; date postérieure à la livraison",
            (o, d, _) =>
                o.DateLivraison is null ? "La mise en service suppose la livraison déclarée."
                : o.DateMiseEnService is not null ? "La mise en service est déjà déclarée."
                : PasAvant(d.Date, o.DateLivraison, "la livraison"),
            (o, d) => o.DateMiseEnService = d.Date
        ),
        new(
            [StatutOperation.Engagee, StatutOperation.Acompte],
            ActionOperation.EngagerCloture,
            StatutOperation.ClotureEnCours,
            ActeurOperation.Bailleur,
            "Demander la clôture (solde)",
            "livraison déclarée",
            (o, _, _) => o.DateLivraison is null ? "La clôture suppose la livraison déclarée." : null
        ),
        new(
            [StatutOperation.ClotureEnCours],
            ActionOperation.Cloturer,
            StatutOperation.Cloturee,
            ActeurOperation.Valideur,
            "Clôturer l'opération",
            "instantané de clôture",
            null
        ),
        new(
            [StatutOperation.Cloturee],
            ActionOperation.Solder,
            StatutOperation.Soldee,
            ActeurOperation.Valideur,
            "Solder la subvention",
            "",
            null
        ),
        new(
            Brouillons,
            ActionOperation.Supprimer,
            StatutOperation.Supprimee,
            ActeurOperation.Bailleur,
            "Supprimer le brouillon",
            "jamais déposé (un dossier déposé s'annule)",
            (o, _, _) =>
                o.DateDepot is not null
                    ? "Ce dossier a déjà été déposé : il ne peut plus être supprimé, "
                        + "seulement annulé par l'instructeur."
                    : null
        ),
        new(
            [
                .. Brouillons,
                StatutOperation.Transmise,
                StatutOperation.ProgrammeeCompletudeInstructeur,
                StatutOperation.ProgrammeeCompletudeValideur,
                StatutOperation.ProgrammeeComplet,
                StatutOperation.AApprouver,
                StatutOperation.AAgreer,
                .. Agreees,
            ],
            ActionOperation.Annuler,
            StatutOperation.Annulee,
            ActeurOperation.Instructeur,
            "Annuler l'opération",
            "motif obligatoire ; un brouillon jamais déposé se supprime",
            (o, d, c) =>
                o.DateDepot is null && Brouillons.Contains(o.Statut)
                    ? "Ce brouillon n'a jamais été déposé : c'est au bailleur de le supprimer."
                    : ExigerMotif(o, d, c),
            (o, d) => o.Motif = d.Motif
        ),
    ];

    public static string Libelle(this ActionOperation action) => Table.First(t => t.Action == action).Libelle;

    public static string Libelle(this ActeurOperation acteur) =>
        acteur switch
        {
            ActeurOperation.Bailleur => "le bailleur",
            ActeurOperation.Instructeur => "l'instructeur",
            _ => "le valideur",
        };

    /// <summary>« du bailleur », « de l'instructeur », « du valideur » (pour « relève … »).</summary>
    public static string LibelleDe(this ActeurOperation acteur) =>
        acteur switch
        {
            ActeurOperation.Bailleur => "du bailleur",
            ActeurOperation.Instructeur => "de l'instructeur",
            _ => "du valideur",
        };

    /// <summary>
    /// Les actions dont le motif est obligatoire (renvoi au bailleur, annulation) : le formulaire demande le motif.
    /// </summary>
    public static bool ExigeMotif(this ActionOperation action) =>
        action is ActionOperation.RenvoyerAuBailleur or ActionOperation.Annuler;

    public static TransitionOperation? Trouver(StatutOperation depuis, ActionOperation action) =>
        Table.FirstOrDefault(t => t.Action == action && t.Depuis.Contains(depuis));

    /// <summary>Les boutons à montrer : transitions ouvertes depuis le statut, pour les acteurs donnés.</summary>
    public static IReadOnlyList<TransitionOperation> Possibles(
        StatutOperation statut,
        IReadOnlySet<ActeurOperation> acteurs
    ) => Table.Where(t => t.Depuis.Contains(statut) && acteurs.Contains(t.Acteur)).ToList();

    /// <summary>
    /// Applique une transition si la table l'autorise depuis le statut actuel et pour cet acteur, que la date
    /// n'est ni future ni antérieure au dépôt, et que les contrôles propres passent. L'opération n'est modifiée qu'en
    /// cas de succès.
    /// </summary>
    public static ResultatTransitionOperation Appliquer(
        Operation operation,
        DemandeTransitionOperation demande,
        ContexteTransitionOperation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(demande);
        ArgumentNullException.ThrowIfNull(contexte);
        var transition = Trouver(operation.Statut, demande.Action);
        if (transition is null)
        {
            return Refus(
                $"L'action « {demande.Action.Libelle()} » n'est pas possible au statut « "
                    + $"{operation.Statut.Libelle()} »."
            );
        }
        if (transition.Acteur != demande.Acteur)
        {
            return Refus($"L'action « {transition.Libelle} » relève {transition.Acteur.LibelleDe()}.");
        }
        if (demande.Date > contexte.Aujourdhui)
        {
            return Refus("La date de l'acte ne peut pas être dans le futur.");
        }
        // Un motif trop long était coupé en silence dans la frise (et refusé par PostgreSQL dans l'opération).
        if (demande.Motif?.Trim().Length > Operation.LongueurMotifMaximum)
        {
            return Refus(MessagesSaisie.TropLong("Le motif", Operation.LongueurMotifMaximum));
        }
        if (
            demande.Action != ActionOperation.Transmettre
            && PasAvant(demande.Date, operation.DateDepot, "le dépôt du dossier") is string avantDepot
        )
        {
            return Refus(avantDepot);
        }
        if (transition.Verifier?.Invoke(operation, demande, contexte) is string erreur)
        {
            return Refus(erreur);
        }

        var premierDepot = demande.Action == ActionOperation.Transmettre && operation.DateDepot is null;
        if (premierDepot)
            operation.CompletudeAuDepot = contexte.Completude.Taux;
        var ancien = operation.Statut;
        transition.Effet?.Invoke(operation, demande);
        if (transition.Vers is StatutOperation vers)
            operation.Statut = vers;

        PhaseOperation? instantane = demande.Action switch
        {
            ActionOperation.Transmettre when premierDepot => PhaseOperation.Programmation,
            ActionOperation.Agreer => PhaseOperation.Agrement,
            ActionOperation.Cloturer => PhaseOperation.Cloture,
            _ => null,
        };
        var evenement =
            transition.Vers is null || transition.Vers == ancien
                ? $"{transition.Libelle} le {demande.Date:dd/MM/yyyy}"
                : $"{transition.Libelle} : {ancien.Libelle()} → {operation.Statut.Libelle()}";
        return new ResultatTransitionOperation(null, instantane, evenement);
    }

    /// <summary>La table en Markdown pour docs/STATUTS.md (générée : elle ne peut pas diverger du code).</summary>
    public static string EnMarkdown()
    {
        var texte = new StringBuilder();
        texte.AppendLine("| Depuis | Action | Vers | Qui | Contrôles |");
        texte.AppendLine("|---|---|---|---|---|");
        foreach (var t in Table)
        {
            var controles =
                "date ni future ni antérieure au dépôt"
                + (string.IsNullOrEmpty(t.Controles) ? "" : " ; " + t.Controles);
            var vers = t.Vers is StatutOperation v ? v.Code() : "(inchangé)";
            texte.AppendLine(
                $"| {string.Join(", ", t.Depuis.Select(s => s.Code()))} | {t.Libelle} | "
                    + $"{vers} | {t.Acteur.Libelle()} | {controles} |"
            );
        }
        return texte.ToString();
    }

    private static ResultatTransitionOperation Refus(string erreur) => new(erreur, null, null);

    private static string? AuMoinsUnLot(Operation o) =>
        o.Lots.Any(l => l.NombreLogements > 0) ? null : "Le dossier doit comporter au moins un lot avec des logements.";

    private static string? PlanEquilibre(Operation o) =>
        o.PlanEquilibre ? null
        : o.PrixDeRevient <= 0 ? "Le prix de revient n'est pas renseigné."
        : $"Le plan de financement n'équilibre pas le prix de revient (écart de {o.EcartFinancement:N2} €).";

    private static string? DossierComplet(Operation o, DemandeTransitionOperation d, ContexteTransitionOperation c)
    {
        if (!c.Completude.Complet)
        {
            return "Le dossier est incomplet : "
                + string.Join(", ", c.Completude.Manquants.Select(m => m.Exigence.Libelle.ToLowerInvariant()))
                + ".";
        }
        return c.DemandesComplementOuvertes > 0
            ? $"{c.DemandesComplementOuvertes} demande(s) de pièces attendent encore la réponse du bailleur."
            : null;
    }

    private static string? ExigerMotif(Operation o, DemandeTransitionOperation d, ContexteTransitionOperation c) =>
        string.IsNullOrWhiteSpace(d.Motif) ? "Le motif est obligatoire." : null;

    private static string? PasAvant(DateOnly date, DateOnly? reference, string quoi) =>
        reference is DateOnly r && date < r ? $"La date ne peut pas précéder {quoi} ({r:dd/MM/yyyy})." : null;
}

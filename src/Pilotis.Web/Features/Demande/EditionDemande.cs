using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Saisie d'une demande par un guichet (création et modification) : ménage en lignes (« Ajouter une personne » marche
/// sans JavaScript : le bouton poste le formulaire et revient avec une ligne de plus), ressources, situation, motifs,
/// communes (code INSEE ou nom), typologies, priorité. Les contrôles sont ceux du domaine (<see
/// cref="ValidationDemande"/>,
/// via <see cref="EcritureDemandes"/>) ; les erreurs sont
/// affichées champ par champ et la saisie est toujours conservée.
/// </summary>
public abstract class EditionDemandeModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    EcritureDemandes ecriture,
    TimeProvider horloge
) : PageModel
{
    public const int LignesMembresMinimum = 3;

    protected PilotisDbContext Db => db;
    protected ActeurCourant ActeurCourant => acteurCourant;
    protected EcritureDemandes Ecriture => ecriture;

    [BindProperty]
    public string? NumeroUnique { get; set; }

    [BindProperty]
    public List<SaisieMembre> Membres { get; set; } = [];

    [BindProperty]
    public bool JeuneCouple { get; set; }

    [BindProperty]
    public string? RevenuFiscalReference { get; set; }

    [BindProperty]
    public string? RessourcesMensuelles { get; set; }

    /// <summary>Ressources retenues pour les plafonds (<see cref="Domain.Demande.OrigineRessources"/>) ; N−2 par
    /// défaut.</summary>
    [BindProperty]
    public string? OrigineRessources { get; set; }

    [BindProperty]
    public string? RevenuFiscalReferenceN1 { get; set; }

    [BindProperty]
    public string? RessourcesDouzeMois { get; set; }

    [BindProperty]
    public string? EvenementRessources { get; set; }

    [BindProperty]
    public string? SituationLogement { get; set; }

    [BindProperty]
    public List<string> Motifs { get; set; } = [];

    [BindProperty]
    public string? CommuneResidence { get; set; }

    [BindProperty]
    public string? CommuneTravail { get; set; }

    [BindProperty]
    public List<string?> Communes { get; set; } = [];

    [BindProperty]
    public string? TypologiePrincipale { get; set; }

    [BindProperty]
    public List<string> Typologies { get; set; } = [];

    [BindProperty]
    public bool Mutation { get; set; }

    [BindProperty]
    public bool Dalo { get; set; }

    [BindProperty]
    public List<string> Criteres { get; set; } = [];

    [BindProperty]
    public string? DateDepot { get; set; }

    [BindProperty]
    public string? Jeton { get; set; }

    /// <summary>Bouton « Ajouter une personne » : réaffiche le formulaire avec une ligne de plus, sans rien
    /// enregistrer.</summary>
    [BindProperty]
    public string? Ajouter { get; set; }

    public string? Erreur { get; protected set; }
    public Dictionary<string, string> Erreurs { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<(string Code, string Nom)> CommunesDepartement { get; private set; } = [];

    public abstract string Titre { get; }
    public abstract string Retour { get; }

    public string? Message(string champ) => Erreurs.GetValueOrDefault(champ);

    protected DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    /// <summary>Les communes du département pour la liste du formulaire, tirées du référentiel en mémoire.</summary>
    protected async Task ChargerCommunesAsync(string departementCode, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        CommunesDepartement = (await ReferentielNoms.CommunesDepartementAsync(db, departementCode))
            .OrderBy(c => c.Nom, StringComparer.Create(Affichage.Fr, true))
            .ToList();
    }

    /// <summary>Complète les lignes vides du formulaire (au moins 3 personnes, 5 communes).</summary>
    protected void Completer()
    {
        if (Membres.Count == 0)
            Membres.Add(new SaisieMembre { Lien = nameof(LienMembre.Demandeur) });
        while (Membres.Count < LignesMembresMinimum)
            Membres.Add(new SaisieMembre { Lien = nameof(LienMembre.Enfant) });
        while (Communes.Count < ValidationDemande.CommunesSouhaiteesMaximum)
            Communes.Add(null);
    }

    /// <summary>« Ajouter une personne » : une ligne de plus, et rien n'est contrôlé ni enregistré.</summary>
    protected bool AjoutDemande()
    {
        if (string.IsNullOrEmpty(Ajouter))
            return false;
        Membres.Add(new SaisieMembre { Lien = nameof(LienMembre.Enfant) });
        Completer();
        ModelState.Clear();
        return true;
    }

    protected void Remplir(DemandeLogement d)
    {
        NumeroUnique = d.NumeroUnique;
        Membres = d
            .Membres.Select(m => new SaisieMembre
            {
                Lien = m.Lien.ToString(),
                Age = m.Age.ToString(CultureInfo.InvariantCulture),
                Handicap = m.Handicap,
                ACharge = m.ACharge,
            })
            .ToList();
        JeuneCouple = d.JeuneCouple;
        // Une nouvelle demande part de champs vides (0 € doit être saisi, pas supposé).
        RevenuFiscalReference =
            d.Id == 0 ? null : d.RevenuFiscalReference.ToString("0.##", CultureInfo.InvariantCulture);
        RessourcesMensuelles = d.Id == 0 ? null : d.RessourcesMensuelles.ToString("0.##", CultureInfo.InvariantCulture);
        OrigineRessources = d.OrigineRessources.ToString();
        RevenuFiscalReferenceN1 = d.RevenuFiscalReferenceN1?.ToString("0.##", CultureInfo.InvariantCulture);
        RessourcesDouzeMois = d.RessourcesDouzeMois?.ToString("0.##", CultureInfo.InvariantCulture);
        EvenementRessources = d.EvenementRessources.ToString();
        SituationLogement = d.SituationLogement.ToString();
        Motifs = AffichageDemande.Motifs.Where(m => d.Motifs.HasFlag(m.Motif)).Select(m => m.Motif.ToString()).ToList();
        CommuneResidence = d.CommuneResidenceCode;
        CommuneTravail = d.CommuneTravailCode;
        Communes = d.Communes.OrderBy(c => c.Rang).Select(c => (string?)c.CommuneCode).ToList();
        TypologiePrincipale =
            d.TypologiePrincipale == Domain.Demande.Typologies.Aucune ? null : d.TypologiePrincipale.ToString();
        Typologies = AffichageDemande
            .ToutesTypologies.Where(t => d.TypologiesSouhaitees.HasFlag(t.Typologie))
            .Select(t => t.Typologie.ToString())
            .ToList();
        Mutation = d.Mutation;
        Dalo = d.Dalo;
        Criteres = AffichageDemande
            .Criteres.Where(c => d.CriteresPrioritaires.HasFlag(c.Critere))
            .Select(c => c.Critere.ToString())
            .ToList();
        DateDepot = d.DateDepot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Jeton = d.Id == 0 ? null : d.Jeton.ToString();
        Completer();
    }

    /// <summary>
    /// Lit la saisie en demande ; les valeurs illisibles (nombre, date, commune introuvable) sont signalées sur leur
    /// champ (<see cref="Erreurs"/>) et remplacées par une valeur neutre. Quand il y en a, la page passe par <see
    /// cref="EchecLectureAsync"/> : le domaine contrôle quand même le reste, pour que tout soit dit au premier envoi.
    /// </summary>
    protected async Task<DemandeLogement> LireAsync(string departementGuichet, CancellationToken ct)
    {
        var referentiel = await ecriture.ReferentielAsync(ct);
        var d = new DemandeLogement
        {
            NumeroUnique = (NumeroUnique ?? "").Trim(),
            DepartementCode = departementGuichet,
        };
        LireMembres(d);
        d.JeuneCouple = JeuneCouple;
        d.RevenuFiscalReference = Montant(
            ChampsDemande.RevenuFiscalReference,
            RevenuFiscalReference,
            "le revenu fiscal de référence",
            "Indiquez le revenu fiscal de référence N−2 du ménage (0 s'il n'a aucun revenu imposable)."
        );
        d.RessourcesMensuelles = Montant(
            ChampsDemande.RessourcesMensuelles,
            RessourcesMensuelles,
            "les ressources mensuelles",
            "Indiquez les ressources mensuelles actuelles du ménage (0 s'il n'en a aucune)."
        );
        LireRessourcesRetenues(d);
        d.SituationLogement =
            Enum.TryParse<SituationLogement>(SituationLogement, out var s) && Enum.IsDefined(s)
                ? s
                : Domain.Demande.SituationLogement.Autre;
        d.Motifs = Drapeaux<MotifsDemande>(Motifs);
        LireCommunes(d, referentiel, departementGuichet);
        d.TypologiePrincipale = Enum.TryParse<Typologies>(TypologiePrincipale, out var t)
            ? t
            : Domain.Demande.Typologies.Aucune;
        d.TypologiesSouhaitees = Drapeaux<Typologies>(Typologies) | d.TypologiePrincipale;
        d.Mutation = Mutation;
        d.Dalo = Dalo;
        d.CriteresPrioritaires = Drapeaux<CriteresPrioritaires>(Criteres);
        LireDateDepot(d);
        return d;
    }

    /// <summary>
    /// Une saisie en partie illisible : les erreurs de lecture restent sur leur champ (elles passent avant celles du
    /// domaine, qui ne voit que des valeurs neutres à leur place), les autres champs reçoivent les refus du domaine
    /// (numéro unique manquant ou déjà pris, ménage, communes…) dès ce premier envoi. Rien n'est enregistré.
    /// </summary>
    protected async Task<IActionResult> EchecLectureAsync(DemandeLogement saisie, long? id, CancellationToken ct) =>
        Echec(await ecriture.ControlerSaisieAsync(saisie, id, ct));

    /// <summary>
    /// Origine des ressources retenues, revenu N−1, douze derniers mois et accident de la vie (arrêté du 29 juillet
    /// 1987, art. 3). Un choix absent vaut N−2 (règle générale) ; le domaine dit si le choix déclaré est admis.
    /// </summary>
    private void LireRessourcesRetenues(DemandeLogement d)
    {
        if (string.IsNullOrWhiteSpace(OrigineRessources))
            d.OrigineRessources = Domain.Demande.OrigineRessources.RevenuFiscalN2;
        else if (Enum.TryParse<OrigineRessources>(OrigineRessources, out var o) && Enum.IsDefined(o))
            d.OrigineRessources = o;
        else
            Erreurs[ChampsDemande.OrigineRessources] = "Choisissez les ressources retenues parmi celles proposées.";
        if (string.IsNullOrWhiteSpace(EvenementRessources))
            d.EvenementRessources = Domain.Demande.EvenementRessources.Aucun;
        else if (Enum.TryParse<EvenementRessources>(EvenementRessources, out var e) && Enum.IsDefined(e))
            d.EvenementRessources = e;
        else
            Erreurs[ChampsDemande.EvenementRessources] = "Choisissez l'accident de la vie parmi ceux proposés.";
        d.RevenuFiscalReferenceN1 = MontantFacultatif(
            ChampsDemande.RevenuFiscalReferenceN1,
            RevenuFiscalReferenceN1,
            "le revenu fiscal de référence N−1"
        );
        d.RessourcesDouzeMois = MontantFacultatif(
            ChampsDemande.RessourcesDouzeMois,
            RessourcesDouzeMois,
            "les ressources des douze derniers mois"
        );
    }

    private decimal? MontantFacultatif(string champ, string? texte, string libelle) =>
        string.IsNullOrWhiteSpace(texte) ? null : Montant(champ, texte, libelle, "");

    private void LireMembres(DemandeLogement d)
    {
        // Les lignes laissées vides (hors la première, le demandeur) sont retirées : les numéros de ligne des erreurs
        // du domaine restent justes.
        Membres = Membres.Where((m, i) => i == 0 || !m.Vide).ToList();
        for (var i = 0; i < Membres.Count; i++)
        {
            var m = Membres[i];
            var lien = Enum.TryParse<LienMembre>(m.Lien, out var l) && Enum.IsDefined(l) ? l : LienMembre.AutrePersonne;
            if (!int.TryParse(m.Age?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age))
            {
                Erreurs[ChampsDemande.Membre(i, "age")] = m.Vide
                    ? $"Personne {i + 1} : indiquez l'âge (en années)."
                    : $"Personne {i + 1} : « {Francais.Extrait(m.Age)} » n'est pas un âge en années.";
                age = -1;
            }
            d.Membres.Add(new MembreMenage(lien, age, m.Handicap, m.ACharge));
        }
    }

    private void LireCommunes(DemandeLogement d, ReferentielDemandes referentiel, string departementGuichet)
    {
        d.CommuneResidenceCode = Commune(
            ChampsDemande.CommuneResidence,
            CommuneResidence,
            referentiel,
            departementGuichet,
            "de résidence"
        );
        d.CommuneTravailCode = Commune(
            ChampsDemande.CommuneTravail,
            CommuneTravail,
            referentiel,
            departementGuichet,
            "de travail"
        );
        var rang = 1;
        foreach (var saisie in Communes.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            var code = Commune(ChampsDemande.Communes, saisie, referentiel, departementGuichet, "souhaitée");
            if (code is not null)
                d.Communes.Add(new CommuneSouhaitee { Rang = rang++, CommuneCode = code });
        }
    }

    private void LireDateDepot(DemandeLogement d)
    {
        if (string.IsNullOrWhiteSpace(DateDepot))
            Erreurs[ChampsDemande.DateDepot] = "Indiquez la date de dépôt de la demande.";
        else if (LectureValeurs.Date(DateDepot, out var depot))
            d.DateDepot = depot;
        else
            Erreurs[ChampsDemande.DateDepot] = LectureValeurs.ErreurDate(DateDepot)!;
    }

    /// <summary>Ajoute les erreurs du domaine (un message par champ, le premier gardé) et le bandeau
    /// d'erreur.</summary>
    protected IActionResult Echec(IEnumerable<ErreurChamp> erreurs, string? message = null)
    {
        foreach (var e in erreurs)
            Erreurs.TryAdd(e.Champ, e.Message);
        Erreur = message ?? "La demande n'a pas été enregistrée : corrigez les champs signalés.";
        Completer();
        return Page();
    }

    private decimal Montant(string champ, string? texte, string libelle, string manquant)
    {
        var propre = (texte ?? "")
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal)
            .Replace(',', '.')
            .Trim();
        if (propre.Length == 0)
        {
            Erreurs[champ] = manquant;
            return 0m;
        }
        if (
            decimal.TryParse(
                propre,
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var valeur
            )
        )
            return valeur;
        Erreurs[champ] = $"« {Francais.Extrait(texte)} » n'est pas un montant en euros pour {libelle}.";
        return 0m;
    }

    /// <summary>Un code INSEE connu, ou un nom de commune (d'abord dans le département du guichet) ; null si vide ou
    /// introuvable.</summary>
    private string? Commune(
        string champ,
        string? saisie,
        ReferentielDemandes referentiel,
        string departement,
        string qualite
    )
    {
        if (string.IsNullOrWhiteSpace(saisie))
            return null;
        var texte = saisie.Trim();
        var code = texte.ToUpperInvariant();
        if (referentiel.Communes.ContainsKey(code))
            return code;
        var nom = TexteRecherche.Normaliser(texte);
        var trouvees = referentiel.Communes.Values.Where(c => TexteRecherche.Normaliser(c.Nom) == nom).ToList();
        var choisie =
            trouvees.Count == 1 ? trouvees[0]
            : trouvees.Where(c => c.DepartementCode == departement).ToList() is [var seule] ? seule
            : null;
        if (choisie is not null)
            return choisie.Code;
        Erreurs.TryAdd(
            champ,
            trouvees.Count > 1
                ? $"Commune {qualite} ambiguë : « {Francais.Extrait(texte)} » (indiquez le code INSEE)."
                : $"Commune {qualite} inconnue : « {Francais.Extrait(texte)} » (code INSEE ou nom attendu)."
        );
        return null;
    }

    private static T Drapeaux<T>(IEnumerable<string> valeurs)
        where T : struct, Enum
    {
        var total = 0;
        foreach (var v in valeurs)
        {
            if (Enum.TryParse<T>(v, out var drapeau))
                total |= Convert.ToInt32(drapeau, CultureInfo.InvariantCulture);
        }
        return (T)Enum.ToObject(typeof(T), total);
    }
}

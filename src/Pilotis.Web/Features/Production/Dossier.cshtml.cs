using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Le dossier d'une opération (seed 000, questions 1 et 3) : complétude calculée à la volée au regard de la liste de
/// dépôt
/// du département, pièces versionnées, demandes de compléments de l'instructeur et réponses du bailleur dans
/// l'application.
/// Chaque dépôt, demande et réponse s'inscrit dans la frise de l'opération.
/// </summary>
// Le serveur accepte jusqu'à quatre fois la taille admise d'une pièce : une pièce un peu trop lourde (11 Mo) reçoit
// le message « La pièce dépasse 10 Mo. » sur la page ; au-delà, la page d'erreur 413 en français.
[RequestSizeLimit(4 * LimitesDocuments.TailleMaximale)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * LimitesDocuments.TailleMaximale)]
public sealed class DossierModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IConfiguration configuration,
    IWebHostEnvironment environnement
) : PageModel
{
    public const string PieceAutre = "autre";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    // Dépôt d'une pièce.
    [BindProperty]
    public string? Piece { get; set; }

    [BindProperty]
    public IFormFile? Fichier { get; set; }

    // Demande de compléments.
    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public List<string> PiecesDemandees { get; set; } = [];

    // Réponse à une demande.
    [BindProperty]
    public int DemandeId { get; set; }

    [BindProperty]
    public Guid JetonDemande { get; set; }

    [BindProperty]
    public string? Reponse { get; set; }

    [BindProperty]
    public string? PieceReponse { get; set; }

    [BindProperty]
    public IFormFile? FichierReponse { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public Operation Operation { get; private set; } = null!;
    public string NomBailleur { get; private set; } = "";
    public Completude Completude { get; private set; } = null!;
    public List<PieceDossier> Pieces { get; } = [];
    public List<DemandeComplement> Demandes { get; private set; } = [];
    public List<EvenementOperation> Evenements { get; private set; } = [];
    public IReadOnlySet<ActeurOperation> Roles { get; private set; } = new HashSet<ActeurOperation>();

    public bool PeutDeposer => Roles.Contains(ActeurOperation.Bailleur) || Roles.Contains(ActeurOperation.Instructeur);
    public bool EstInstructeur => Roles.Contains(ActeurOperation.Instructeur);
    public bool EstBailleur => Roles.Contains(ActeurOperation.Bailleur);
    public int Pourcentage => (int)Math.Round(Completude.Taux * 100m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Les pièces que l'on peut déposer : celles de la liste qui s'appliquent à l'opération, plus « autre ».
    /// </summary>
    public IEnumerable<(string Code, string Libelle)> ChoixPieces => Pieces.Select(p => (p.Code, p.Libelle));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostDeposerAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (!PeutDeposer)
            return Forbid();
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Piece) || !Pieces.Any(p => p.Code == Piece))
            ModelState.AddModelError(nameof(Piece), "Choisissez la pièce déposée.");
        var (fichier, erreur) = await FichiersDossier.LireAsync(Fichier, ct);
        if (erreur is not null)
            ModelState.AddModelError(nameof(Fichier), erreur);
        if (!ModelState.IsValid)
            return Page();

        var document = await DeposerAsync(Piece!, fichier!, ct);
        if (document is null)
        {
            ModelState.AddModelError(nameof(Fichier), "La pièce n'a pas pu être enregistrée : réessayez plus tard.");
            return Page();
        }
        Confirmation = $"« {LibellePiece(document.Piece)} » déposée (version {document.Version}).";
        return Redirect($"/operations/{Id}/dossier#pieces");
    }

    public async Task<IActionResult> OnPostDemanderAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (!EstInstructeur)
            return Forbid();
        ModelState.Clear();
        var message = Message?.Trim() ?? "";
        if (message.Length == 0)
            ModelState.AddModelError(nameof(Message), "Écrivez le message au bailleur : ce qui manque et pourquoi.");
        else if (message.Length > 2000)
            ModelState.AddModelError(nameof(Message), "Le message ne peut pas dépasser 2 000 caractères.");
        var pieces = PiecesDemandees
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (pieces.Any(p => !Pieces.Any(x => x.Code == p)))
            ModelState.AddModelError(
                nameof(PiecesDemandees),
                "Une des pièces cochées n'existe pas dans la liste de dépôt."
            );
        if (!ModelState.IsValid)
            return Page();

        var maintenant = horloge.GetUtcNow();
        var auteur = await AuteurAsync();
        db.DemandesComplement.Add(
            new DemandeComplement
            {
                OperationId = Id,
                Message = message,
                Pieces = string.Join(',', pieces),
                DemandeeLe = maintenant,
                DemandeePar = auteur,
            }
        );
        db.EvenementsOperation.Add(
            new EvenementOperation
            {
                OperationId = Id,
                Quand = maintenant,
                Type = TypeEvenement.DemandeComplement,
                Auteur = auteur,
                Libelle =
                    pieces.Count == 0
                        ? "Demande de compléments au bailleur"
                        : $"Demande de compléments au bailleur ({pieces.Count} pièce(s))",
                Detail = Tronquer(
                    message
                        + (pieces.Count == 0 ? "" : " — Pièces : " + string.Join(", ", pieces.Select(LibellePiece))),
                    2000
                ),
            }
        );
        await db.SaveChangesAsync(ct);
        Confirmation = "La demande de compléments a été envoyée au bailleur.";
        return Redirect($"/operations/{Id}/dossier#demandes");
    }

    public async Task<IActionResult> OnPostRepondreAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (!EstBailleur)
            return Forbid();
        ModelState.Clear();
        var demande = await db.DemandesComplement.FirstOrDefaultAsync(
            d => d.Id == DemandeId && d.OperationId == Id,
            ct
        );
        if (demande is null)
            return NotFound();
        if (!demande.Ouverte)
        {
            ModelState.AddModelError("", "Cette demande a déjà reçu une réponse.");
            return Page();
        }
        var reponse = Reponse?.Trim() ?? "";
        if (reponse.Length == 0)
            ModelState.AddModelError(nameof(Reponse), "Écrivez votre réponse à l'instructeur.");
        else if (reponse.Length > 2000)
            ModelState.AddModelError(nameof(Reponse), "La réponse ne peut pas dépasser 2 000 caractères.");
        FichiersDossier.FichierLu? fichier = null;
        if (FichierReponse is { Length: > 0 })
        {
            if (string.IsNullOrWhiteSpace(PieceReponse) || !Pieces.Any(p => p.Code == PieceReponse))
                ModelState.AddModelError(nameof(PieceReponse), "Choisissez la pièce jointe à la réponse.");
            (fichier, var erreur) = await FichiersDossier.LireAsync(FichierReponse, ct);
            if (erreur is not null)
                ModelState.AddModelError(nameof(FichierReponse), erreur);
        }
        if (!ModelState.IsValid)
            return Page();

        if (fichier is not null && await DeposerAsync(PieceReponse!, fichier, ct) is null)
        {
            ModelState.AddModelError(
                nameof(FichierReponse),
                "La pièce n'a pas pu être enregistrée : réessayez plus tard."
            );
            return Page();
        }
        var maintenant = horloge.GetUtcNow();
        var auteur = await AuteurAsync();
        db.Entry(demande).Property(d => d.Jeton).OriginalValue = JetonDemande;
        demande.Reponse = reponse;
        demande.RepondueLe = maintenant;
        demande.ReponduePar = auteur;
        demande.Jeton = Guid.NewGuid();
        db.EvenementsOperation.Add(
            new EvenementOperation
            {
                OperationId = Id,
                Quand = maintenant,
                Type = TypeEvenement.ReponseComplement,
                Auteur = auteur,
                Libelle = "Réponse du bailleur à une demande de compléments",
                Detail = Tronquer(reponse, 2000),
            }
        );
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cette demande a été modifiée entre-temps (une réponse a peut-être déjà "
                    + "été envoyée) : rechargez la page. Votre texte n'a pas été perdu : « "
                    + reponse
                    + " »."
            );
            db.ChangeTracker.Clear();
            return await ChargerAsync(ct) ?? Page();
        }
        Confirmation = "Votre réponse a été transmise à l'instructeur ; la demande est close.";
        return Redirect($"/operations/{Id}/dossier#demandes");
    }

    /// <summary>
    /// Écrit le fichier puis la version n+1 de la pièce et l'événement ; null (et rien d'écrit) si le disque ou la base
    /// refusent.
    /// </summary>
    private async Task<DocumentOperation?> DeposerAsync(
        string piece,
        FichiersDossier.FichierLu fichier,
        CancellationToken ct
    )
    {
        var stockage = FichiersDossier.Depuis(configuration, environnement);
        string nomStockage;
        try
        {
            nomStockage = await stockage.EnregistrerAsync(Id, fichier, ct);
        }
        catch (IOException)
        {
            return null;
        }
        var maintenant = horloge.GetUtcNow();
        var auteur = await AuteurAsync();
        // Deux dépôts simultanés de la même pièce tireraient le même numéro : l'index unique (opération, pièce,
        // version) refuse le second, qu'on rejoue une fois.
        for (var essai = 0; essai < 2; essai++)
        {
            var version =
                1
                + (
                    await db
                        .DocumentsOperation.Where(d => d.OperationId == Id && d.Piece == piece)
                        .MaxAsync(d => (int?)d.Version, ct)
                    ?? 0
                );
            var document = new DocumentOperation
            {
                OperationId = Id,
                Piece = piece,
                Version = version,
                NomFichier = fichier.Nom,
                Stockage = nomStockage,
                Taille = fichier.Contenu.LongLength,
                TypeContenu = fichier.Type,
                DeposeLe = maintenant,
                DeposePar = auteur,
            };
            db.DocumentsOperation.Add(document);
            var evenement = new EvenementOperation
            {
                OperationId = Id,
                Quand = maintenant,
                Type = TypeEvenement.Document,
                Auteur = auteur,
                Libelle = Tronquer($"Pièce déposée : {LibellePiece(piece)} (version {version})", 300),
                Detail = fichier.Nom,
            };
            db.EvenementsOperation.Add(evenement);
            try
            {
                await db.SaveChangesAsync(ct);
                return document;
            }
            catch (DbUpdateException) when (essai == 0)
            {
                db.Entry(document).State = EntityState.Detached;
                db.Entry(evenement).State = EntityState.Detached;
            }
            catch (DbUpdateException)
            {
                break;
            }
        }
        stockage.Supprimer(Id, nomStockage);
        return null;
    }

    public string LibellePiece(string code) =>
        Pieces.FirstOrDefault(p => p.Code == code)?.Libelle ?? (code == PieceAutre ? "Autre pièce" : code);

    private async Task<string> AuteurAsync() =>
        OutilsProduction.Auteur(User, (await acteurCourant.OrganisationAsync())?.Nom);

    private static string Tronquer(string texte, int longueur) => texte.Length <= longueur ? texte : texte[..longueur];

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var operation = await db
            .Operations.AsNoTracking()
            .Include(o => o.Lots)
            .Include(o => o.Financements)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (operation is null)
            return NotFound();
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !Habilitations.Autorise(acteur, Ressource.Operations, Acte.Lire, operation.Cible()))
            return Forbid();
        Operation = operation;
        Roles = AccesOperations.RolesSur(acteur, operation);
        NomBailleur = await db
            .Organisations.Where(o => o.Id == operation.BailleurId)
            .Select(o => o.Nom)
            .FirstOrDefaultAsync(ct)
            ?? "";

        var exigences = await RequetesProduction.ListeDepotOuDefautAsync(db, operation.DepartementCode, ct);
        var documents = await db
            .DocumentsOperation.AsNoTracking()
            .Where(d => d.OperationId == Id)
            .OrderBy(d => d.Piece)
            .ThenByDescending(d => d.Version)
            .ToListAsync(ct);
        var deposees = documents.Select(d => d.Piece).ToHashSet(StringComparer.Ordinal);
        Completude = Completude.Calculer(operation, exigences, deposees);

        RemplirPieces(operation, exigences, documents);

        Demandes = await db
            .DemandesComplement.AsNoTracking()
            .Where(d => d.OperationId == Id)
            .OrderByDescending(d => d.DemandeeLe)
            .ThenByDescending(d => d.Id)
            .ToListAsync(ct);
        Evenements = await db
            .EvenementsOperation.AsNoTracking()
            .Where(e =>
                e.OperationId == Id
                && (
                    e.Type == TypeEvenement.Document
                    || e.Type == TypeEvenement.DemandeComplement
                    || e.Type == TypeEvenement.ReponseComplement
                )
            )
            .OrderByDescending(e => e.Quand)
            .ThenByDescending(e => e.Id)
            .Take(20)
            .ToListAsync(ct);
        return null;
    }

    /// <summary>
    /// Les pièces de la liste de dépôt qui s'appliquent à l'opération, l'« autre pièce », puis les pièces déposées
    /// hors de la liste ; chacune avec toutes ses versions.
    /// </summary>
    private void RemplirPieces(
        Operation operation,
        IReadOnlyList<ExigenceDepot> exigences,
        List<DocumentOperation> documents
    )
    {
        Pieces.Clear();
        var produits = operation.Lots.Select(l => l.Produit).ToList();
        foreach (
            var e in exigences
                .Where(e => e.Genre == GenreExigence.Document && e.SAppliqueA(operation.Nature, produits))
                .OrderBy(e => e.Ordre)
        )
        {
            Pieces.Add(
                new PieceDossier(e.Code, e.Libelle, e.Obligatoire, documents.Where(d => d.Piece == e.Code).ToList())
            );
        }
        Pieces.Add(
            new PieceDossier(PieceAutre, "Autre pièce", false, documents.Where(d => d.Piece == PieceAutre).ToList())
        );
        // Une pièce déposée puis retirée de la liste (ou d'une autre nature) reste visible et téléchargeable.
        foreach (
            var orpheline in documents
                .Select(d => d.Piece)
                .Distinct()
                .Where(p => !Pieces.Any(x => x.Code == p))
                .ToList()
        )
        {
            var libelle = exigences.FirstOrDefault(e => e.Code == orpheline)?.Libelle ?? orpheline;
            Pieces.Add(
                new PieceDossier(orpheline, libelle, false, documents.Where(d => d.Piece == orpheline).ToList())
            );
        }
    }
}

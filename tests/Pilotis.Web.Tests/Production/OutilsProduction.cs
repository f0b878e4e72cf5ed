using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Production;

/// <summary>Helpers of the operation page tests: operations written straight to the database, form fields.</summary>
public static class OutilsProduction
{
    public const string Nimes = "30189";
    public const string Ales = "30007";
    public const string SirenNimesMetropole = "243000643";

    /// <summary>A unique tag to put in operation names so a test finds only its own rows with « ?texte= ».</summary>
    public static string Etiquette() => "T" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>
    /// A complete operation (address, PLAI 4 + PLUS 6 with typologies, surfaces and rents, cost 1 000 000 € balanced by
    /// its financing plan, land secured, permit granted) for a bailleur, written directly, in the given status.
    /// </summary>
    public static Task<Operation> CreerOperationAsync(
        this PilotisFactory app,
        int bailleurId,
        string nom,
        string communeCode = Nimes,
        StatutOperation statut = StatutOperation.BrouillonCree,
        Action<Operation>? ajuster = null
    ) =>
        app.ExecuterAsync(async db =>
        {
            var commune = await db
                .Communes.AsNoTracking()
                .SingleAsync(c => c.Code == communeCode && c.Type == TypeCommune.Actuelle);
            var maintenant = DateTimeOffset.UtcNow;
            var o = new Operation
            {
                Numero = "TEST-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
                Nom = nom,
                BailleurId = bailleurId,
                CommuneCode = commune.Code,
                EpciSiren = commune.EpciSiren,
                DepartementCode = commune.DepartementCode,
                RegionCode = commune.RegionCode,
                Adresse = "12 rue des Tests",
                Nature = NatureOperation.Neuf,
                Statut = statut,
                ChargeFonciere = 150_000m,
                CoutBatiment = 700_000m,
                Honoraires = 100_000m,
                Vrd = 50_000m,
                AnneeProgrammation = 2026,
                MoisAgrementPrevu = 10,
                FoncierMaitrise = true,
                Permis = EtatPermis.Obtenu,
                FinancementBoucle = true,
                CreeeLe = maintenant,
                ModifieeLe = maintenant,
                Lots =
                [
                    new Lot
                    {
                        Produit = Produit.Plai,
                        NombreLogements = 4,
                        T2 = 2,
                        T3 = 2,
                        SurfaceHabitable = 240m,
                        SurfaceAnnexes = 20m,
                        LoyerM2 = 5.8m,
                    },
                    new Lot
                    {
                        Produit = Produit.Plus,
                        NombreLogements = 6,
                        T2 = 2,
                        T3 = 3,
                        T4 = 1,
                        SurfaceHabitable = 400m,
                        SurfaceAnnexes = 30m,
                        LoyerM2 = 6.5m,
                    },
                ],
                Financements =
                [
                    new LigneFinancement { Type = TypeFinancement.SubventionEtat, Montant = 100_000m },
                    new LigneFinancement
                    {
                        Type = TypeFinancement.PretCdcPlus,
                        Financeur = "Banque des Territoires",
                        Montant = 700_000m,
                    },
                    new LigneFinancement { Type = TypeFinancement.FondsPropres, Montant = 200_000m },
                ],
            };
            ajuster?.Invoke(o);
            db.Operations.Add(o);
            await db.SaveChangesAsync();
            return o;
        });

    /// <summary>
    /// Declares the deposit-list documents as uploaded (the upload itself belongs to the instruction pages).
    /// </summary>
    public static Task DeposerPiecesAsync(this PilotisFactory app, int operationId, params string[] pieces) =>
        app.ExecuterAsync(async db =>
        {
            foreach (var piece in pieces)
            {
                db.DocumentsOperation.Add(
                    new DocumentOperation
                    {
                        OperationId = operationId,
                        Piece = piece,
                        Version = 1,
                        NomFichier = piece + ".pdf",
                        Stockage = Guid.NewGuid().ToString("N"),
                        Taille = 10,
                        TypeContenu = "application/pdf",
                        DeposeLe = DateTimeOffset.UtcNow,
                        DeposePar = "tests",
                    }
                );
            }
            await db.SaveChangesAsync();
        });

    public static Task<Operation> LireOperationAsync(this PilotisFactory app, int id) =>
        app.ExecuterAsync(db =>
            db.Operations.AsNoTracking()
                .Include(o => o.Lots)
                .Include(o => o.Financements)
                .Include(o => o.Evenements)
                .AsSplitQuery()
                .SingleAsync(o => o.Id == id)
        );

    /// <summary>
    /// The fields of the creation/edit form for a valid two-lot operation (PLAI 3, PLUS 5) with a balanced plan.
    /// </summary>
    public static Dictionary<string, string> ChampsValides(string nom, string commune = Nimes) =>
        new()
        {
            ["Nom"] = nom,
            ["CommuneCode"] = commune,
            ["Adresse"] = "5 avenue Jean Jaurès",
            ["Nature"] = "NEUF",
            ["ChargeFonciere"] = "120 000",
            ["CoutBatiment"] = "800000",
            ["Honoraires"] = "60000,50",
            ["Vrd"] = "19999.50",
            ["AnneeProgrammation"] = "2026",
            ["MoisAgrementPrevu"] = "9",
            ["Permis"] = nameof(EtatPermis.Depose),
            ["FoncierMaitrise"] = "true",
            ["Lots[0].Produit"] = "PLAI",
            ["Lots[0].NombreLogements"] = "3",
            ["Lots[0].T2"] = "1",
            ["Lots[0].T3"] = "2",
            ["Lots[0].SurfaceHabitable"] = "190",
            ["Lots[0].SurfaceAnnexes"] = "15",
            ["Lots[0].LoyerM2"] = "5,90",
            ["Lots[1].Produit"] = "PLAI_ADAPTE",
            ["Lots[2].Produit"] = "PLUS",
            ["Lots[2].NombreLogements"] = "5",
            ["Lots[2].SurfaceHabitable"] = "330,5",
            ["Lots[2].SurfaceAnnexes"] = "21",
            ["Lots[2].LoyerM2"] = "6.60",
            ["Lots[3].Produit"] = "PLS",
            ["Lots[4].Produit"] = "PSLA",
            ["Lots[5].Produit"] = "BRS",
            ["Financements[0].Type"] = nameof(TypeFinancement.SubventionEtat),
            ["Financements[0].Montant"] = "50000",
            ["Financements[1].Type"] = nameof(TypeFinancement.PretCdcPlai),
            ["Financements[1].Financeur"] = "Banque des Territoires",
            ["Financements[1].Montant"] = "850000",
            ["Financements[2].Type"] = "",
            ["Financements[2].Montant"] = "",
            ["Financements[3].Type"] = nameof(TypeFinancement.FondsPropres),
            ["Financements[3].Montant"] = "100000",
        };

    public static string Texte(int n) => n.ToString(CultureInfo.InvariantCulture);
}

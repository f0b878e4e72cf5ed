using System.Net;
using System.Text.RegularExpressions;
using Pilotis.Data.Demonstration;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// Ticket 11, point 12 : chaque lien affiché se suit. Pour chaque compte de démonstration (et le public), le
/// parcours ouvre l'accueil (menu et cartes), suit chacun de ses liens, puis les liens des pages ainsi ouvertes
/// (un niveau de plus) ; aucun ne doit répondre 403, 404 ou 500, ni renvoyer vers la connexion ou l'accès refusé.
/// Les liens de même forme (/operations/12 et /operations/57, ?tri=taux et ?tri=nom) ne sont suivis qu'une fois.
/// </summary>
public abstract partial class LiensSelonDroitsTests(PilotisFactory app)
{
    /// <summary>Les neuf comptes de démonstration, puis le public (courriel vide).</summary>
    public static TheoryData<string> Visiteurs()
    {
        var donnees = new TheoryData<string>();
        foreach (var compte in SemisDemonstration.Comptes)
            donnees.Add(compte.Courriel);
        donnees.Add("");
        return donnees;
    }

    [Theory]
    [MemberData(nameof(Visiteurs))]
    public async Task Chaque_lien_affiche_s_ouvre(string courriel)
    {
        using var client = courriel.Length == 0 ? app.ClientAnonyme() : await app.ClientConnecteAsync(courriel);
        var parcours = new ParcoursLiens(client);
        var premiers = await parcours.OuvrirAsync("/", "(départ)");
        var secondes = new List<(string Url, string Depuis)>();
        foreach (var lien in premiers)
            secondes.AddRange((await parcours.OuvrirAsync(lien, "/")).Select(l => (l, lien)));
        foreach (var (url, depuis) in secondes)
            await parcours.OuvrirAsync(url, depuis, suivre: false);
        Assert.True(parcours.Ouverts > 10, $"{courriel} : seulement {parcours.Ouverts} pages ouvertes");
        Assert.True(parcours.Echecs.Count == 0, $"{courriel} :\n" + string.Join("\n", parcours.Echecs));
    }

    /// <summary>Un compte par type d'organisation (agent), plus les rôles qui changent quelque chose.</summary>
    public static TheoryData<TypeOrganisation, Role> TypesEtRoles()
    {
        var donnees = new TheoryData<TypeOrganisation, Role>();
        foreach (var type in Enum.GetValues<TypeOrganisation>())
            donnees.Add(type, Role.Agent);
        donnees.Add(TypeOrganisation.Ddtm, Role.Administrateur);
        donnees.Add(TypeOrganisation.Ddtm, Role.Lecteur);
        donnees.Add(TypeOrganisation.Epci, Role.Lecteur);
        return donnees;
    }

    [Theory]
    [MemberData(nameof(TypesEtRoles))]
    public async Task Chaque_page_du_menu_s_ouvre_si_et_seulement_si_AccesPages_l_accepte(
        TypeOrganisation type,
        Role role
    )
    {
        var (niveau, code) = PerimetreGard(type);
        using var client = await app.ClientNouveauCompteAsync(type, niveau, code, role);
        var acteur = new Acteur(0, type, new Perimetre(niveau, code), "30", "76", role);
        var desaccords = new List<string>();
        foreach (var chemin in AccesPages.Chemins.Where(c => c != "/api/reference"))
        {
            using var reponse = await client.GetAsync(chemin);
            var ouverte = reponse.StatusCode == HttpStatusCode.OK;
            if (ouverte != AccesPages.PeutOuvrir(acteur, chemin))
                desaccords.Add(
                    $"{chemin} : AccesPages {AccesPages.PeutOuvrir(acteur, chemin)}, page {(int)reponse.StatusCode}"
                );
        }
        Assert.True(desaccords.Count == 0, $"{type} {role} :\n" + string.Join("\n", desaccords));
    }

    private static (NiveauPerimetre Niveau, string Code) PerimetreGard(TypeOrganisation type) =>
        type switch
        {
            TypeOrganisation.Dreal or TypeOrganisation.OperateurFoncier => (NiveauPerimetre.Region, "76"),
            TypeOrganisation.Epci => (NiveauPerimetre.Epci, "243000643"),
            TypeOrganisation.Commune => (NiveauPerimetre.Commune, "30189"),
            _ => (NiveauPerimetre.Departement, "30"),
        };

    /// <summary>Les liens à ouvrir, une fois par forme, et les échecs rencontrés.</summary>
    private sealed partial class ParcoursLiens(HttpClient client)
    {
        private readonly HashSet<string> _formes = [];

        public List<string> Echecs { get; } = [];
        public int Ouverts { get; private set; }

        /// <summary>Ouvre la page (si sa forme est nouvelle) et rend ses liens internes.</summary>
        public async Task<List<string>> OuvrirAsync(string url, string depuis, bool suivre = true)
        {
            if (!_formes.Add(Forme(url)))
                return [];
            Ouverts++;
            using var reponse = await client.GetAsync(url);
            var code = (int)reponse.StatusCode;
            if (reponse.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                var destination = reponse.Headers.Location?.OriginalString ?? "";
                if (destination.Contains("/connexion", StringComparison.Ordinal) && url != "/connexion")
                    Echecs.Add($"{url} (depuis {depuis}) renvoie vers la connexion");
                if (destination.Contains("/acces-refuse", StringComparison.Ordinal))
                    Echecs.Add($"{url} (depuis {depuis}) renvoie vers l'accès refusé");
                return [];
            }
            if (code >= 400)
            {
                Echecs.Add($"{url} (depuis {depuis}) répond {code}");
                return [];
            }
            if (!suivre || reponse.Content.Headers.ContentType?.MediaType != "text/html")
                return [];
            return Liens(await reponse.Content.ReadAsStringAsync());
        }

        /// <summary>Les liens internes d'une page HTML (sans ancre seule, déconnexion ni API).</summary>
        private static List<string> Liens(string html) =>
            LienHref()
                .Matches(html)
                .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0])
                .Where(h =>
                    h.StartsWith('/')
                    && !h.StartsWith("//", StringComparison.Ordinal)
                    && !h.StartsWith("/deconnexion", StringComparison.Ordinal)
                    && !h.StartsWith("/lib/", StringComparison.Ordinal)
                    && !h.StartsWith("/css/", StringComparison.Ordinal)
                    && !h.StartsWith("/js/", StringComparison.Ordinal)
                )
                .Distinct()
                .ToList();

        /// <summary>Le chemin, nombres remplacés, et les noms des paramètres : une page par forme suffit.</summary>
        private static string Forme(string url)
        {
            var parties = url.Split('?', 2);
            var chemin = Nombre().Replace(parties[0], "/{n}");
            var cles =
                parties.Length == 1
                    ? ""
                    : string.Join(
                        "&",
                        parties[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)
                    );
            return chemin + "?" + cles;
        }

        [GeneratedRegex("<a\\s[^>]*?href=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
        private static partial Regex LienHref();

        [GeneratedRegex("/[0-9][0-9A-Za-z]*(?=/|$)")]
        private static partial Regex Nombre();
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LiensSelonDroitsSqlite(SqliteFactory app) : LiensSelonDroitsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LiensSelonDroitsPostgres(PostgresFactory app) : LiensSelonDroitsTests(app);

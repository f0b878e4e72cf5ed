using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Features.Annuaire.Compte;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

public static class SessionApi
{
    public static void MapSessionApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("").WithTags("Session");

        g.MapPost("/session", async (DemandeSession demande, ConnexionParMotDePasse connexion) =>
            {
                if (string.IsNullOrWhiteSpace(demande.Courriel))
                    return Invalide("courriel", "Le courriel est obligatoire.");
                if (string.IsNullOrEmpty(demande.MotDePasse))
                    return Invalide("motDePasse", "Le mot de passe est obligatoire.");
                var issue = await connexion.ConnecterAsync(demande.Courriel, demande.MotDePasse);
                if (issue.Reussie)
                    return Results.NoContent();
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Connexion refusée",
                    detail: issue.Message
                );
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithSummary("Ouvre une session (cookie « pilotis ») avec courriel et mot de passe")
            .Produces(204)
            .ProducesProblem(400)
            .ProducesProblem(401);

        g.MapDelete("/session", async (SignInManager<Utilisateur> connexion) =>
            {
                await connexion.SignOutAsync();
                return Results.NoContent();
            })
            .RequireAuthorization()
            .WithSummary("Ferme la session");

        g.MapGet(
                "/moi",
                async (ClaimsPrincipal principal, ActeurCourant acteur, UserManager<Utilisateur> utilisateurs) =>
                {
                    var utilisateur = await utilisateurs.GetUserAsync(principal);
                    var organisation = await acteur.OrganisationAsync();
                    if (utilisateur is null || organisation is null)
                        return Results.Unauthorized();
                    var roles = await utilisateurs.GetRolesAsync(utilisateur);
                    return Results.Ok(
                        new Moi(
                            utilisateur.Id,
                            utilisateur.Email ?? "",
                            utilisateur.NomComplet,
                            new OrganisationMoi(
                                organisation.Id,
                                organisation.Nom,
                                organisation.Type.ToString(),
                                organisation.Type.Libelle(),
                                organisation.Siren,
                                organisation.PerimetreNiveau.ToString(),
                                organisation.PerimetreCode,
                                organisation.DepartementCode
                            ),
                            roles.Order().ToList()
                        )
                    );
                }
            )
            .RequireAuthorization()
            .WithSummary("L'utilisateur connecté, son organisation et ses rôles")
            .Produces<Moi>()
            .ProducesProblem(401);
    }
}

using Microsoft.AspNetCore.Identity;

namespace Pilotis.Data.Annuaire;

/// <summary>Politique des comptes, partagée par le site et la ligne de commande.</summary>
public static class PolitiqueComptes
{
    public static void Appliquer(IdentityOptions o)
    {
        // Recommandation ANSSI pour un mot de passe sans second facteur : au moins 12 caractères et 4 classes.
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = true;
        // Verrouillage après 5 échecs, 15 minutes : freine la devinette sans bloquer durablement un agent.
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }
}

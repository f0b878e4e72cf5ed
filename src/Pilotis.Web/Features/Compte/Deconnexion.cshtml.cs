using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data.Identite;

namespace Pilotis.Web.Features.Compte;

public sealed class DeconnexionModel(SignInManager<Utilisateur> connexion) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await connexion.SignOutAsync();
        return Redirect("/");
    }
}

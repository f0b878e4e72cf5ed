using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pilotis.Data;
using Pilotis.Data.Annuaire;

namespace Pilotis.Web.Infrastructure;

public static class ConnexionExterne
{
    public const string Schema = "oidc";
}

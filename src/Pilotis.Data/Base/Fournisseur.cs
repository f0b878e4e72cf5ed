using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pilotis.Data.Base;

public enum Fournisseur
{
    Sqlite,
    Postgres,
}

using Pilotis.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AjouterPilotis();

var app = builder.Build();
await app.InitialiserBaseAsync();
app.UtiliserPilotis();
await app.RunAsync();

/// <summary>Point d'entrée, exposé aux tests d'intégration (WebApplicationFactory).</summary>
public partial class Program;

namespace Pilotis.Web.Api;

/// <summary>Un scénario sur le portefeuille : opérations calculables, équilibrées, devenues équilibrées.</summary>
public sealed record SynthesePropositionApi(
    string Code,
    string Libelle,
    int Calculables,
    int Equilibrees,
    int DevenuesEquilibrees,
    decimal FondsPropresMoyensParLogement
);

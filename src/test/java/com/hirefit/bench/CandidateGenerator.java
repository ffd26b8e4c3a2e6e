package com.hirefit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes realistic candidate files of any size for the benchmarks: the canonical header, titles across the seven
 * roles (and titles that name none), skills lists, 300 to 800 characters of resume prose per row assembled from
 * sentence templates (tools, numbers, negations, domains), years, salaries in several spellings and markets.
 * The same seed gives the same rows: byte-identical csv, and xlsx with the same cell values.
 *
 * <p>{@code main(path, rows, seed)}; the format follows the extension ({@code .csv} or {@code .xlsx}). The xlsx is
 * written with POI's streaming SXSSF (100 rows in memory), so 100,000 rows need little heap. Not a test.
 */
public final class CandidateGenerator {

    /** The canonical header (README, "Candidates file"). */
    public static final List<String> HEADER = List.of("Candidate ID", "Name", "Email", "Current Title", "Years Experience",
            "Years LLM Experience", "Skills", "Highlights", "Education", "Publications", "Portfolio", "Domains",
            "Languages", "Expected Salary", "Market");
    /** Columns written as numbers in xlsx when the value is a plain number. */
    private static final Set<Integer> NUMERIC = Set.of(4, 5, 13);
    public static final int MIN_PROSE = 300;
    public static final int MAX_PROSE = 800;

    private enum Role { LLM, ML, NLP, AGENT, PROMPT, PLATFORM, DATA }

    private static final String[][] TITLES = {
        /* LLM */ {"LLM Engineer", "Senior LLM Engineer", "GenAI Engineer", "Generative AI Engineer", "AI Application Engineer",
                   "Staff LLM Engineer", "Software Engineer, AI", "AI Engineer", "Full Stack AI Engineer"},
        /* ML */ {"Machine Learning Engineer", "Senior ML Engineer", "Data Scientist", "Applied Scientist", "MLOps Engineer",
                  "ML Platform Engineer", "Senior Data Scientist", "Research Scientist"},
        /* NLP */ {"NLP Engineer", "Senior NLP Engineer", "NLP Scientist", "Computational Linguist", "NLP Data Scientist",
                   "Natural Language Processing Engineer"},
        /* AGENT */ {"AI Agent Engineer", "Agent Engineer", "Agentic AI Engineer", "Senior AI Engineer", "AI Developer"},
        /* PROMPT */ {"Prompt Engineer", "Prompt Designer", "AI Prompt Specialist", "AI Content Specialist", "Conversation Designer"},
        /* PLATFORM */ {"Platform Engineer", "Developer Productivity Lead", "DevEx Engineer", "IT Platform Lead",
                        "Senior Platform Engineer", "Site Reliability Engineer"},
        /* DATA */ {"Data Engineer", "Senior Data Engineer", "Analytics Engineer", "Data Platform Engineer", "BI Engineer",
                    "Backend Engineer"},
    };
    private static final String[][] SKILLS = {
        /* LLM */ {"Python", "TypeScript", "FastAPI", "LangChain", "LlamaIndex", "pgvector", "Pinecone", "Weaviate", "Qdrant",
                   "OpenAI API", "Anthropic Claude", "Cohere Rerank", "LangSmith", "Langfuse", "Braintrust", "Ragas", "LiteLLM",
                   "Guardrails AI", "PostgreSQL", "Redis", "AWS Bedrock", "Docker", "Kubernetes", "promptfoo", "vLLM"},
        /* ML */ {"Python", "PyTorch", "TensorFlow", "scikit-learn", "XGBoost", "LightGBM", "CatBoost", "SHAP", "MLflow",
                  "Kubeflow", "SageMaker", "Databricks", "Feast", "Airflow", "Spark", "SQL", "pandas", "Jupyter", "Evidently",
                  "Weights & Biases", "Docker", "BigQuery"},
        /* NLP */ {"Python", "spaCy", "NLTK", "Hugging Face Transformers", "BERT", "RoBERTa", "DeBERTa", "Prodigy",
                   "Label Studio", "Snorkel", "PyTorch", "sentence-transformers", "Elasticsearch", "FastAPI", "SQL"},
        /* AGENT */ {"Python", "TypeScript", "LangGraph", "AutoGen", "CrewAI", "OpenAI Agents SDK", "MCP", "function calling",
                     "Temporal", "Redis", "PostgreSQL", "LangSmith", "OpenAI API", "Anthropic Claude", "Docker"},
        /* PROMPT */ {"prompt engineering", "ChatGPT", "Claude", "Zapier", "Make.com", "Notion", "Airtable", "custom GPTs",
                      "few-shot prompting", "Jasper", "Google Sheets", "HubSpot"},
        /* PLATFORM */ {"Kubernetes", "Terraform", "GitHub Actions", "Backstage", "Okta", "SSO", "SCIM", "GitHub Copilot",
                        "Cursor", "Glean", "ChatGPT Enterprise", "Datadog", "Go", "Python", "AWS", "Argo CD"},
        /* DATA */ {"SQL", "dbt", "Snowflake", "BigQuery", "Redshift", "Airflow", "Dagster", "Fivetran", "Airbyte", "Kafka",
                    "Spark", "Great Expectations", "Looker", "Python", "Terraform", "Delta Lake"},
    };
    private static final String[] FIRST = {"Nadia", "Tom", "Priya", "Jonas", "Amara", "Lucas", "Mei", "Oliver", "Sofia", "Daniel",
        "Aisha", "Mateo", "Hannah", "Kenji", "Fatima", "Liam", "Chloe", "Ravi", "Elena", "Samuel", "Ingrid", "Kwame", "Yuki",
        "Marcus", "Zara", "Pedro", "Leila", "Ethan", "Noor", "Felix"};
    private static final String[] LAST = {"Okafor", "Brandt", "Iyer", "Lindqvist", "Mensah", "Fontaine", "Chen", "Walsh",
        "Rossi", "Kowalski", "Haddad", "Garcia", "Schmidt", "Tanaka", "Rahman", "O'Brien", "Dubois", "Sharma", "Petrova",
        "Adeyemi", "Nilsen", "Osei", "Sato", "Bennett", "Khan", "Alves", "Farah", "Morgan", "Ali", "Novak"};
    private static final String[] COMPANIES = {"Corvana", "Ledgerly", "Mediquill", "Brightpath", "Tessellate", "Northwind Health",
        "Clausewise", "Parcelhub", "Finchley Bank", "Orbital Retail", "Quanta Insurance", "Helio Logistics", "Vantage Legal",
        "Kestrel Payments", "Lumen Telecom", "Arbor Analytics"};
    private static final String[] DOMAINS = {"SaaS", "customer support", "healthcare", "legal tech", "fintech", "insurance",
        "e-commerce", "logistics", "telecommunications", "marketing", "banking", "real estate", "media", "education"};
    private static final String[] LANGUAGES = {"Python", "TypeScript", "SQL", "Go", "Java", "Scala", "Rust", "JavaScript", "C++"};
    private static final String[] PROVIDERS = {"Claude", "GPT-4o", "Gemini", "Mistral", "Llama 3", "Cohere Command", "Bedrock"};
    private static final String[] VECTOR = {"pgvector", "Pinecone", "Weaviate", "Qdrant", "Milvus", "FAISS", "Chroma"};
    private static final String[] EVAL = {"Braintrust", "Ragas", "promptfoo", "DeepEval", "LangSmith", "an in-house eval harness"};
    private static final String[] ML_LIBS = {"LightGBM", "XGBoost", "PyTorch", "scikit-learn", "CatBoost", "TensorFlow"};
    private static final String[] ML_PROBLEMS = {"fraud detection", "churn prediction", "demand forecasting", "credit risk",
        "product recommendations", "dynamic pricing", "claims triage", "anomaly detection"};
    private static final String[] DOCS = {"help-center articles", "customer contracts", "clinical notes", "insurance claims",
        "support tickets", "SEC filings", "product manuals", "policy documents"};
    private static final String[] WAREHOUSES = {"Snowflake", "BigQuery", "Redshift", "a Delta Lake lakehouse"};
    private static final String[] ORCHESTRATORS = {"Airflow", "Dagster", "Prefect"};
    private static final String[] AGENT_FW = {"LangGraph", "AutoGen", "CrewAI", "the OpenAI Agents SDK"};
    private static final String[] UNIVERSITIES = {"University of Waterloo", "University of Minnesota", "Arizona State University",
        "Imperial College London", "University of Edinburgh", "Georgia Tech", "UC San Diego", "TU Munich", "University of Toronto",
        "University of Manchester", "Carnegie Mellon University", "University of Texas at Austin"};
    private static final String[] DEGREES = {"BS Computer Science", "MS Computer Science", "BSc Mathematics", "MS Statistics",
        "PhD Computer Science", "MSc Data Science", "BA Linguistics", "MS Business Analytics", "BEng Software Engineering",
        "PhD Computational Linguistics"};

    /** Sentence templates: {P} provider, {V} vector store, {E} eval tool, {M} ML library, {K} ML problem, {D} documents,
     * {W} warehouse, {O} orchestrator, {A} agent framework, {C} company, {N} a count, {PCT} a percentage, {PCT2} a lower one,
     * {Y} years, {MS} milliseconds, {$} dollars. */
    private static final String[][] SENTENCES = {
        /* LLM */ {
            "Designed the retrieval-augmented generation pipeline over {N}K {D}: hybrid search (BM25 + {V}) with a reranker, which cut wrong answers from {PCT}% to {PCT2}%.",
            "Built the eval harness in {E} (LLM-as-a-judge calibrated against {N} human-labelled examples) that gates every prompt or model change in CI.",
            "Routed traffic between {P} and a cheaper fallback model through LiteLLM; my cost dashboard took spend per ticket from ${$} to ${$}.",
            "Added guardrails for PII redaction and prompt-injection attempts before the assistant went live for {N} customers.",
            "Shipped a contract-review copilot at {C} that drafts redlines from each customer's playbook; lawyers accept {PCT}% of its suggestions.",
            "Tuned chunking and metadata filtering on {V}, raising retrieval quality (recall@10) from 0.{PCT2} to 0.{PCT}.",
            "Own the LLM feature end to end: FastAPI backend, prompt versioning, semantic caching and a latency budget of {MS} ms at p95.",
            "Moved summarization of {D} from {P} to a fine-tuned Llama 3 8B with LoRA, served on vLLM, at a fifth of the token cost.",
            "I have not fine-tuned models in production; my work has been retrieval, prompts and evals around {P}.",
            "Our hallucination rate on the golden set dropped from {PCT}% to {PCT2}% after I added grounded answers with citations.",
        },
        /* ML */ {
            "Built {K} models with {M} on {N}M rows, AUC 0.{PCT}, retrained weekly through an MLflow pipeline.",
            "Shipped a {K} model at {C} behind a feature flag in shadow mode for two weeks before the canary release.",
            "Set up drift monitoring with Evidently and a model registry, so a silently failing model pages the on-call engineer.",
            "Root-caused a training-serving skew that had cost {PCT}% of precision for three months; added data-quality checks to the feature pipeline.",
            "Work mostly in Jupyter notebooks from exploration to the final model and hand the pickled model to the platform team.",
            "I haven't written unit tests or built APIs around my models, and deployment belonged to another team.",
            "Feature engineering and hyperparameter tuning on {M}; precision {PCT}% at {PCT2}% recall on the holdout set.",
            "Ran A/B tests on {N}K users for the ranking model; conversion went up {PCT2}% with no latency regression.",
            "Migrated training pipelines from cron jobs to Kubeflow on SageMaker, cutting retraining time from {Y} days to {Y} hours.",
            "Published two papers at NeurIPS during my PhD on gradient boosting for time series.",
        },
        /* NLP */ {
            "Built a named entity recognition model for {D} with spaCy and a fine-tuned BERT, F1 0.{PCT} on {N}K annotated sentences.",
            "Wrote the annotation guidelines and ran Prodigy with three annotators; inter-annotator agreement (Cohen's kappa) reached 0.{PCT}.",
            "Clause extraction over {N}K legal contracts for {C}, evaluated by precision and recall per clause type.",
            "Multilingual text classification across {Y} languages with XLM-R, including low-resource languages and code-switching.",
            "Replaced a rules-based entity extraction system with weak supervision in Snorkel and active learning.",
            "Sentiment analysis and topic modeling for {N}K customer reviews a month, served as a batch job on Spark.",
            "No production deployment yet: my thesis work on coreference resolution stayed in the research lab.",
            "Evaluated clinical NLP models on discharge summaries and radiology reports with BLEU and ROUGE for the summaries.",
        },
        /* AGENT */ {
            "Built multi-agent orchestration with {A} for invoice reconciliation: a planner-executor loop with tool calling over {N} internal APIs.",
            "Designed the agent's scope and safety: permission scopes per tool, spend caps, a kill switch and a human-in-the-loop approval step for refunds.",
            "Our agents now close {PCT}% of tier-one tickets without a human, with write access limited to {Y} systems.",
            "Wrote MCP servers so the agents could read the CRM and the ticketing system; every action runs as a dry run first.",
            "Long-horizon planning with agent memory kept in PostgreSQL; traces reviewed in LangSmith every week.",
            "Prototyped an autonomous research agent at a hackathon; it never went past the demo.",
            "Function calling with {P}, retries with exponential backoff and idempotent tools so a replayed step does no harm.",
        },
        /* PROMPT */ {
            "Wrote and maintained the prompt library for {C}'s marketing team: {N} prompt templates with few-shot examples.",
            "Hooked the OpenAI API into Zapier flows so every new listing gets an AI-written description within {Y} minutes.",
            "Designed system prompts and chain-of-thought prompts for a customer-facing chatbot; no code beyond Google Apps Script.",
            "Built custom GPTs for sales and support; agents save roughly {Y} hours a week each.",
            "Compared {P} and ChatGPT outputs by hand for tone and accuracy before each release.",
            "I use whichever model the Zapier step offers and have not built evals or a test suite.",
        },
        /* PLATFORM */ {
            "Rolled out GitHub Copilot and Cursor to {N} engineers with SSO, SCIM provisioning and a security review of each vendor.",
            "Ran the ChatGPT Enterprise pilot group and tracked adoption metrics: weekly active seats went from {PCT2}% to {PCT}%.",
            "Built the internal developer platform on Backstage and Argo CD; deploys per week doubled and lead time fell to {Y} hours.",
            "Wrote the data retention policy and DLP rules for AI tools with legal and security.",
            "Own the Terraform for {Y} AWS accounts and the on-call rotation for the Kubernetes clusters.",
            "Measured developer productivity with DORA metrics before and after the Copilot rollout.",
        },
        /* DATA */ {
            "Built the ELT stack on {W} with Fivetran, dbt and {O}: {N} models with dbt tests and certified metrics.",
            "Moved {N}M events a day from Kafka into {W} with change data capture; data quality checks with Great Expectations.",
            "Designed the data model behind the finance dashboards in Looker, used by {N} people weekly.",
            "Cleaned up {Y} years of messy CRM exports into one customer table that the ML team now trains on.",
            "Data contracts between product teams and the warehouse cut broken dashboards by {PCT}%.",
            "Spark jobs on Databricks for the feature store; backfills that took {Y} days now take {Y} hours.",
        },
    };
    private static final String[] GENERAL = {
        "Before that I spent {Y} years as a backend engineer on Java and Go microservices at {C}.",
        "Mentor two junior engineers and lead code review for the team.",
        "I joined {C} as the {N}th employee and built the first version of the product.",
        "Comfortable with Docker, CI/CD and on-call for what I ship.",
        "Strongest at explaining results to non-technical stakeholders.",
        "Based in {CITY}; open to hybrid work.",
        "Wrote a technical blog post series on what we learned, read by {N}K people.",
        "Maintainer of a small open-source library with {N} GitHub stars.",
        "Gave a meetup talk on the project in {CITY} last spring.",
        "Took a Coursera course and a bootcamp before switching careers {Y} years ago.",
        "Led a team of {Y} engineers through the migration without downtime.",
        "Not only shipped it, but also wrote the runbooks.",
    };
    private static final String[] CITIES = {"London", "Austin", "Toronto", "Berlin", "Manchester", "Seattle", "New York",
        "Edinburgh", "Denver", "Boston"};

    private final Random random;
    private int next;

    public CandidateGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CandidateGenerator PATH(.csv|.xlsx) ROWS SEED");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        long start = System.nanoTime();
        write(path, rows, seed);
        System.err.printf("wrote %d rows to %s in %.1f s (seed %d)%n", rows, path, (System.nanoTime() - start) / 1e9, seed);
    }

    /** Writes {@code rows} candidates to {@code path}, csv or xlsx by extension. */
    public static void write(Path path, int rows, long seed) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        CandidateGenerator generator = new CandidateGenerator(seed);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        if (name.endsWith(".csv")) {
            try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                generator.writeCsv(out, rows);
            }
        } else if (name.endsWith(".xlsx")) {
            try (OutputStream out = Files.newOutputStream(path)) {
                generator.writeXlsx(out, rows);
            }
        } else {
            throw new IllegalArgumentException("unsupported extension (use .csv or .xlsx): " + path);
        }
    }

    public void writeCsv(Writer out, int rows) throws IOException {
        BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
        writeCsvRow(w, HEADER);
        for (int i = 0; i < rows; i++) {
            writeCsvRow(w, nextRow());
        }
        w.flush();
    }

    private static void writeCsvRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                w.write('"');
                w.write(cell.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(cell);
            }
        }
        w.write("\r\n");
    }

    public void writeXlsx(OutputStream out, int rows) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("Candidates");
            writeXlsxRow(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows; i++) {
                writeXlsxRow(sheet.createRow(i + 1), nextRow());
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static void writeXlsxRow(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (NUMERIC.contains(i) && value.matches("\\d+(\\.\\d+)?")) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                cell.setCellValue(value);
            }
        }
    }

    /** The next candidate row, one cell per {@link #HEADER} column (empty string for an empty cell). */
    public List<String> nextRow() {
        int id = ++next;
        Role role = Role.values()[random.nextInt(Role.values().length)];
        // A second role's sentences in a third of resumes: real careers mix.
        Role other = random.nextInt(3) == 0 ? Role.values()[random.nextInt(Role.values().length)] : role;
        String first = pick(FIRST);
        String last = pick(LAST);
        double years = 1 + random.nextInt(18) + (random.nextInt(4) == 0 ? 0.5 : 0);
        double llmYears = switch (role) {
            case LLM, AGENT, PROMPT -> Math.min(years, random.nextInt(6) + (random.nextBoolean() ? 0.5 : 0));
            case NLP -> Math.min(years, random.nextInt(3));
            default -> random.nextInt(4) == 0 ? Math.min(years, 1) : 0;
        };
        boolean uk = random.nextInt(4) == 0;
        List<String> row = new ArrayList<>(HEADER.size());
        row.add("HF-" + (100000 + id));
        row.add(first + " " + last);
        row.add((first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + id + "@example.com");
        row.add(pick(TITLES[role.ordinal()]));
        row.add(years(years));
        row.add(random.nextInt(10) == 0 ? "" : years(llmYears));
        row.add(String.join("; ", some(SKILLS[role.ordinal()], 4, 12)));
        row.add(prose(role, other, uk));
        row.add(random.nextInt(8) == 0 ? "" : pick(DEGREES) + ", " + pick(UNIVERSITIES));
        row.add(random.nextInt(6) == 0 ? "Two papers at ACL and EMNLP on " + pick(new String[] {"entity linking", "clause extraction",
            "retrieval", "low-resource translation"}) : "");
        row.add(random.nextInt(3) == 0 ? "https://github.com/" + first.toLowerCase(Locale.ROOT) + id : "");
        row.add(String.join("; ", some(DOMAINS, 1, 3)));
        row.add(String.join("; ", some(LANGUAGES, 1, 3)));
        row.add(salary(role, years, uk));
        row.add(uk ? pick(new String[] {"UK", "UK", "United Kingdom", "GB"}) : pick(new String[] {"US", "US", "US", "USA", ""}));
        return row;
    }

    private String prose(Role role, Role other, boolean uk) {
        int target = MIN_PROSE + random.nextInt(MAX_PROSE - MIN_PROSE - 60);
        StringBuilder text = new StringBuilder();
        Set<String> used = new LinkedHashSet<>();
        int attempts = 0;
        while (text.length() < target && attempts++ < 60) {
            String[] pool = random.nextInt(5) == 0 ? GENERAL
                    : SENTENCES[(random.nextInt(3) == 0 ? other : role).ordinal()];
            String template = pick(pool);
            if (!used.add(template) && attempts < 40) {
                continue;
            }
            String sentence = fill(template, uk);
            int length = text.length() + (text.length() == 0 ? 0 : 1) + sentence.length();
            if (length > MAX_PROSE) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence);
        }
        while (text.length() < MIN_PROSE) {
            text.append(" Comfortable with code review and on-call.");
        }
        return text.toString();
    }

    private String fill(String template, boolean uk) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            String key = template.substring(i + 1, end);
            out.append(switch (key) {
                case "P" -> pick(PROVIDERS);
                case "V" -> pick(VECTOR);
                case "E" -> pick(EVAL);
                case "M" -> pick(ML_LIBS);
                case "K" -> pick(ML_PROBLEMS);
                case "D" -> pick(DOCS);
                case "W" -> pick(WAREHOUSES);
                case "O" -> pick(ORCHESTRATORS);
                case "A" -> pick(AGENT_FW);
                case "C" -> pick(COMPANIES);
                case "CITY" -> uk ? pick(new String[] {"London", "Manchester", "Edinburgh"}) : pick(CITIES);
                case "N" -> Integer.toString(2 + random.nextInt(998));
                case "PCT" -> Integer.toString(40 + random.nextInt(59));
                case "PCT2" -> Integer.toString(2 + random.nextInt(37));
                case "Y" -> Integer.toString(2 + random.nextInt(9));
                case "MS" -> Integer.toString(100 * (2 + random.nextInt(18)));
                case "$" -> String.format(Locale.ROOT, "%.2f", (1 + random.nextInt(40)) / 100.0);
                default -> throw new IllegalStateException("unknown placeholder {" + key + "}");
            });
            i = end + 1;
        }
        return out.toString();
    }

    private String salary(Role role, double years, boolean uk) {
        if (random.nextInt(12) == 0) {
            return "";
        }
        int base = uk ? 55_000 : 95_000;
        int perYear = uk ? 5_000 : 9_000;
        int premium = role == Role.LLM || role == Role.AGENT ? (uk ? 15_000 : 30_000) : 0;
        long value = Math.round((base + perYear * Math.min(years, 15) + premium + random.nextInt(30_000)) / 1000.0) * 1000;
        return switch (random.nextInt(6)) {
            case 0 -> (uk ? "£" : "$") + String.format(Locale.ROOT, "%,d", value);
            case 1 -> (value / 1000) + "k";
            default -> Long.toString(value);
        };
    }

    private static String years(double years) {
        return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private List<String> some(String[] values, int min, int max) {
        int count = Math.min(values.length, min + random.nextInt(max - min + 1));
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(values));
        }
        return new ArrayList<>(chosen);
    }
}

import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{safeTerminalText}from"./chunk-M7COSNS5.js";import{ConfigError,ScanTargetError}from"./chunk-L266TMDE.js";import{VERSION}from"./chunk-5LUPKDDL.js";import"./chunk-2H2XWA7D.js";import{mkdir,readFile,writeFile}from"node:fs/promises";import{basename,dirname,join,resolve}from"node:path";import{parseArgs}from"node:util";var FORMATS=["text","json","markdown","sarif","html"],HELP=`reproscore ${VERSION} \u2014 how reproducible is this AI/ML repository, and what to add

Usage:
  reproscore [PATH] [--format text|json|markdown|sarif|html] [--output FILE] [--config FILE] [--fail-under N]
  reproscore github:OWNER/REPO[@REF] [options]   scan through the GitHub API, without a clone
  reproscore org OWNER [--output DIR] [--topic T] [--limit N] [--shard I/N] [--include-forks] [--include-archived]
                                  scan every repository of an organisation or user: leaderboard, badges
                                  and an HTML dashboard (index.html) with a page per repository
  reproscore org-merge DIR... --output DIR   merge shard folders of one owner into one leaderboard
  reproscore validate FILE...     validate declarations (model/dataset cards, CITATION.cff, Croissant,
                                  dvc.yaml, MLproject, environment.yml, datasets.yaml, .reproscore.yml)
  reproscore --version | --help

Options:
  -f, --format FORMAT   text (default), json, markdown, sarif or html (one self-contained page)
  -o, --output FILE     write the report to FILE instead of standard output
  -c, --config FILE     use this configuration instead of the repository's .reproscore.yml
      --fail-under N    exit 1 when the score is below N (0-100)
  -v, --verbose         text format: list passing checks too
      --token TOKEN     GitHub token for github: targets (default: $GITHUB_TOKEN; $GITHUB_API_URL is honoured)

Exit codes: 0 scanned (score \u2265 --fail-under), 1 score under --fail-under, 2 could not scan.
`;function parallelFromEnv(env){let raw=env.REPROSCORE_PARALLEL_FROM,n=raw===void 0||raw===""?NaN:Number(raw);return Number.isInteger(n)&&n>=0?{parallelFrom:n}:{}}async function main(argv,io){if(argv[0]==="validate"){let{runValidate}=await import("./command-PACEE4XE.js");return runValidate(argv.slice(1),{readFile:p=>readFile(p,"utf8"),out:line=>io.out(safeTerminalText(line)+`
`),err:line=>io.err(safeTerminalText(line)+`
`)})}if(argv[0]==="org"||argv[0]==="org-merge"){let{runOrgCommand}=await import("./org-GVFOXHQO.js");return runOrgCommand(argv,io)}let args;try{args=parseArgs({args:argv,allowPositionals:!0,options:{format:{type:"string",short:"f",default:"text"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-under":{type:"string"},verbose:{type:"boolean",short:"v",default:!1},token:{type:"string"},version:{type:"boolean",default:!1},help:{type:"boolean",short:"h",default:!1}}})}catch(err){return io.err(`reproscore: ${err.message}
${HELP}`),2}let{values,positionals}=args;if(values.help)return io.out(HELP),0;if(values.version)return io.out(`${VERSION}
`),0;let format=values.format;if(!FORMATS.includes(format))return io.err(`reproscore: unknown format '${safeTerminalText(String(values.format))}' (text, json, markdown, sarif or html)
`),2;if(positionals.length>1)return io.err(`reproscore: one PATH at a time (got ${positionals.length})
`),2;let failUnder=null;if(values["fail-under"]!==void 0&&(failUnder=Number(values["fail-under"]),!Number.isInteger(failUnder)||failUnder<0||failUnder>100))return io.err(`reproscore: --fail-under takes a whole number from 0 to 100
`),2;let target=positionals[0]??".",report,remoteTarget;try{let config=null;values.config&&(config={text:await readFile(values.config,"utf8").catch(err=>{throw new ConfigError(`${values.config}: could not be read (${err.code??err.message})`)}),path:values.config});let{scan}=await import("./pipeline-4JQ6VMVX.js"),source,apiCalls=null,{parseRemoteTarget,RemoteSource}=await import("./remote-373KNUZW.js"),remote=parseRemoteTarget(target);if(remoteTarget=remote,remote){let{octokitRepoApi}=await import("./repo-api-TF5QTTTH.js"),token=values.token??io.env.GITHUB_TOKEN??io.env.GH_TOKEN,remoteSource=new RemoteSource(remote,octokitRepoApi(remote,{token,baseUrl:io.env.GITHUB_API_URL}));apiCalls=()=>remoteSource.apiCalls,source=remoteSource}else{let{LocalSource}=await import("./local-NLLNOE2M.js");source=new LocalSource(target)}report=await scan(source,{config,limits:remote?{concurrency:8}:{},codeWorker:io.codeWorker??null,...parallelFromEnv(io.env)}),apiCalls&&(report.target.apiCalls=apiCalls()),failUnder??=report.config?.failUnder??null}catch(err){return err instanceof ConfigError||err instanceof ScanTargetError?(io.err(`reproscore: ${safeTerminalText(err.message)}
`),2):(io.err(`reproscore: could not scan ${safeTerminalText(target)}: ${safeTerminalText(String(err?.message??err))}
`),2)}let color=io.isTTY&&!values.output&&!io.env.NO_COLOR&&io.env.TERM!=="dumb",rendered=format==="json"?(await import("./json-HOFSRODE.js")).renderJson(report):format==="markdown"?(await import("./markdown-3YSDNBZW.js")).renderMarkdown(report):format==="sarif"?(await import("./sarif-6WTCDAQN.js")).renderSarif(report):format==="html"?(await import("./html-GGRROICB.js")).renderReportHtml(report,await htmlOptions(target,remoteTarget,report)):(await import("./text-VXYQCQA6.js")).renderText(report,{color:color||!!io.env.FORCE_COLOR,verbose:values.verbose});if(values.output){try{await mkdir(dirname(resolve(values.output)),{recursive:!0}),await writeFile(values.output,rendered)}catch(err){return io.err(`reproscore: could not write ${safeTerminalText(values.output)}: ${err.code}
`),2}io.err(`reproscore: score ${report.score} (${report.grade}); ${format} report written to ${safeTerminalText(values.output)}
`)}else io.out(rendered);return failUnder!==null&&report.score<failUnder?(io.err(`reproscore: score ${report.score} is under ${failUnder}
`),1):0}async function htmlOptions(target,remote,report){if(remote)return{repo:{owner:remote.owner,name:remote.repo,ref:report.target.commit??remote.ref??"HEAD"}};let title=basename(resolve(target)),commit=report.target.commit;if(!commit)return{repo:null,title};let config=await readFile(join(target,".git","config"),"utf8").catch(()=>null),{githubOriginFromGitConfig}=await import("./html-GGRROICB.js"),origin=config===null?null:githubOriginFromGitConfig(config.slice(0,1e6));return origin?{repo:{...origin,ref:commit}}:{repo:null,title}}export{main};
//# sourceMappingURL=main-LQCB7XL7.js.map

import { describeMatrices, setUpMatrixRegions } from "./permission-matrix/harness";
import { describeWorkflowWalk, workflowMatrices } from "./permission-matrix/workflow";

setUpMatrixRegions();
describeMatrices(workflowMatrices);
describeWorkflowWalk();
